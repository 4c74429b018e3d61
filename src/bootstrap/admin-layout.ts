import type { Core, UID } from '@strapi/strapi';
import { RELEASE } from '../content/documents';

/**
 * Field hints and list columns for the Content Manager, so an editor sees the newsroom's rules
 * where they type. Hints are German first (the press office's language), then English. Only hints,
 * the title field and an untouched default list are set: a layout an admin arranged is kept.
 */

const HINTS: Record<string, Record<string, string>> = {
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
    config.settings.mainField = 'title';
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
