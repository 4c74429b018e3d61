import type { Core, UID } from '@strapi/strapi';
import { RELEASE } from '../content/documents';

/**
 * Field hints and list columns for the Content Manager, so an editor sees the newsroom's rules
 * where they type. Hints are German first (the press office's language), then English. Only hints,
 * the title field and an untouched default list are set: a layout an admin arranged is kept.
 */

const OUTLET = 'plugin::newsroom.outlet';

const HINTS: Record<string, Record<string, string>> = {
  [OUTLET]: {
    languages:
      'Sprachen, z. B. ["de", "en"]; leer: alle. / Languages, e.g. ["de", "en"]; empty: all.',
    categories: 'Nur diese Themen; leer: alle. / Only these categories; empty: all.',
    active:
      'Inaktiv: kein Sperrfrist-Feed, keine Webhooks. / Inactive: no embargo feed, no webhooks.',
    webhookUrl: 'Öffentliche https-Adresse des Empfängers. / The receiver’s public https address.',
    webhookSecret:
      'Mindestens 24 Zeichen; damit prüft das Medium die Signatur. / At least 24 characters; the outlet checks signatures with it.',
    tokenHint: 'Anfang des aktuellen Tokens (rechts neu ausstellen). / Start of the current token.',
  },
  [RELEASE]: {
    title: 'Überschrift, höchstens 200 Zeichen. / Headline, at most 200 characters.',
    lead: 'Vorspann: wer, was, wann, wo, warum – höchstens 600 Zeichen. / Lead: the W-questions, at most 600 characters.',
    slug: 'Leer lassen: wird aus der Überschrift erzeugt. Nach der Veröffentlichung fest, damit gespeicherte Links gültig bleiben. / Leave empty to generate it; fixed once published.',
    dateline: 'Ortsmarke, z. B. Leipzig. / Place line, e.g. Leipzig.',
    releaseNumber: 'z. B. PM 123/2025. Gilt für alle Sprachen. / Shared by all languages.',
    releaseDate:
      'Offizielles Datum; beim ersten Veröffentlichen gesetzt, wenn leer. / Set on first publish if empty.',
    embargoUntil:
      'Sperrfrist: bis dahin bleibt die Meldung unveröffentlicht; muss in der Zukunft liegen. / Embargo: the release stays unpublished until then.',
    corrections:
      'Korrekturen nach der Veröffentlichung, mit Datum. / Dated corrections after publication.',
  },
};

const DEFAULT_LISTS: Record<string, { auto: string[]; ours: string[] }> = {
  [RELEASE]: {
    auto: ['id', 'title', 'subtitle', 'lead'],
    ours: ['title', 'releaseDate', 'releaseNumber', 'embargoUntil'],
  },
};

const MAIN_FIELD: Record<string, string> = { [RELEASE]: 'title', [OUTLET]: 'name' };

/** Set only by the token endpoint, never typed: read-only or hidden in the edit view. */
const READ_ONLY: Record<string, { hidden: string[]; readOnly: string[] }> = {
  [OUTLET]: { hidden: ['tokenHash'], readOnly: ['tokenHint', 'tokenIssuedAt'] },
};

type Configuration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: { list: string[]; edit: unknown };
};

export const ensureAdminLayout = async (strapi: Core.Strapi): Promise<void> => {
  const service = strapi.plugin('content-manager').service('content-types');
  for (const [uid, hints] of Object.entries(HINTS)) {
    const contentType = strapi.getModel(uid as UID.ContentType);
    const config = (await service.findConfiguration(contentType)) as Configuration;
    for (const [field, description] of Object.entries(hints)) {
      if (config.metadatas[field]) config.metadatas[field].edit.description = description;
    }
    config.settings.mainField = MAIN_FIELD[uid];
    for (const field of READ_ONLY[uid]?.hidden ?? []) {
      if (config.metadatas[field]) config.metadatas[field].edit.visible = false;
    }
    for (const field of READ_ONLY[uid]?.readOnly ?? []) {
      if (config.metadatas[field]) config.metadatas[field].edit.editable = false;
    }
    const lists = DEFAULT_LISTS[uid];
    if (lists && lists.auto.join() === config.layouts.list.join()) {
      config.layouts.list = lists.ours;
      config.settings.defaultSortBy = 'releaseDate';
      config.settings.defaultSortOrder = 'DESC';
    }
    await service.updateConfiguration(contentType, {
      settings: config.settings,
      metadatas: config.metadatas,
      layouts: config.layouts,
    });
  }
};
