import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Config } from '../config';
import { humanDateTimeZone } from '../feeds/dates';
import { labelsFor } from '../feeds/labels';
import type { Feed, Release } from '../feeds/model';
import { renderRss } from '../feeds/rss';
import { webhookUrlProblem } from '../push/addresses';
import { getService } from './get-service';

/**
 * Accredited outlets: their access tokens (stored as SHA-256 hashes only, shown once when issued)
 * and the embargo feed a valid token unlocks.
 */

const UID_OUTLET = 'plugin::newsroom.outlet';
const TOKEN_PREFIX = 'nro_';

export type Outlet = {
  id: number;
  documentId: string;
  name: string;
  active: boolean;
  languages: unknown;
  tokenHint: string | null;
  tokenIssuedAt: string | null;
  categories?: { documentId: string }[];
};

export class Unauthorized extends Error {}
export class Forbidden extends Error {}

const hash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export const outlets = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as Config;
  const rows = () => strapi.db.query(UID_OUTLET);

  /** The languages an outlet takes: its list, or every language when the list is empty. */
  const languagesOf = (outlet: { languages: unknown }): string[] =>
    Array.isArray(outlet.languages) && outlet.languages.length > 0
      ? outlet.languages.map(String)
      : config().locales;

  return {
    languagesOf,

    /** Editorial checks on an outlet written in the admin panel or the API. */
    validate(
      data: Record<string, unknown>,
      action: 'create' | 'update'
    ): { path: string[]; message: string }[] {
      const problems: { path: string[]; message: string }[] = [];
      const url = typeof data.webhookUrl === 'string' ? data.webhookUrl.trim() : '';
      if (url) {
        const problem = webhookUrlProblem(url, config().push.allowPrivateAddresses);
        if (problem) problems.push({ path: ['webhookUrl'], message: problem });
        const secret = typeof data.webhookSecret === 'string' ? data.webhookSecret : '';
        if ((action === 'create' || 'webhookSecret' in data) && secret.length < 24)
          problems.push({
            path: ['webhookSecret'],
            message:
              'Give a webhook secret of at least 24 characters; the outlet checks signatures with it.',
          });
      }
      if (data.languages !== undefined && data.languages !== null) {
        const list = data.languages;
        if (
          !Array.isArray(list) ||
          list.some((l) => typeof l !== 'string' || !config().locales.includes(l))
        )
          problems.push({
            path: ['languages'],
            message: `Languages must be a list such as ["de", "en"], of: ${config().locales.join(', ')}.`,
          });
      }
      return problems;
    },

    /**
     * Issues a new access token and returns it; only its hash is stored, so this is the one time
     * anyone sees it. The outlet's previous token stops working at once.
     */
    async issueToken(
      documentId: string
    ): Promise<{ token: string; hint: string; issuedAt: string }> {
      const outlet = (await rows().findOne({ where: { documentId } })) as Outlet | null;
      if (!outlet) throw new errors.NotFoundError(`No outlet ${documentId}.`);
      const token = `${TOKEN_PREFIX}${crypto.randomBytes(32).toString('base64url')}`;
      const issuedAt = new Date();
      const hint = `${token.slice(0, 8)}…`;
      await rows().updateMany({
        where: { documentId },
        data: { tokenHash: hash(token), tokenHint: hint, tokenIssuedAt: issuedAt },
      });
      return { token, hint, issuedAt: issuedAt.toISOString() };
    },

    async revokeToken(documentId: string): Promise<void> {
      await rows().updateMany({
        where: { documentId },
        data: { tokenHash: null, tokenHint: null, tokenIssuedAt: null },
      });
    },

    /** The active outlet holding this token, or Unauthorized (the same for every reason). */
    async authenticate(token: string | undefined): Promise<Outlet> {
      if (!token || !token.startsWith(TOKEN_PREFIX) || token.length > 200) throw new Unauthorized();
      const outlet = (await rows().findOne({
        where: { tokenHash: hash(token), active: true },
        populate: { categories: { select: ['documentId'] } },
      })) as Outlet | null;
      if (!outlet) throw new Unauthorized();
      return outlet;
    },

    /**
     * The embargo feed: releases scheduled for publication, in this outlet's language and
     * categories, each marked with its embargo in the title and as dcterms:available.
     */
    async embargoFeed(outlet: Outlet, locale: string, selfUrl: string): Promise<string> {
      if (!languagesOf(outlet).includes(locale))
        throw new Forbidden(`Your accreditation does not include language "${locale}".`);
      const data = getService(strapi, 'feedData');
      const [source] = config().locales;
      const schedules = await getService(strapi, 'scheduler').upcoming();
      let ids = schedules.map((s) => s.releaseId);
      // A translation is in the feed only if it will go out with the source at the instant.
      if (locale !== source) {
        const statuses = (await strapi.db.query('plugin::newsroom.translation-status').findMany({
          where: { releaseId: { $in: ids }, targetLocale: locale },
          select: ['releaseId', 'targetLocale', 'status'],
        })) as { releaseId: string; targetLocale: string; status: string }[];
        const going = getService(strapi, 'releasePublishing').translationsToPublish(statuses);
        const ready = new Set(
          statuses.filter((s) => going.includes(s.targetLocale)).map((s) => s.releaseId)
        );
        ids = ids.filter((id) => ready.has(id));
      }
      const wanted = (outlet.categories ?? []).map((c) => c.documentId);
      if (wanted.length > 0) {
        const categories = await data.categoryIds(ids);
        ids = ids.filter((id) => (categories.get(id) ?? []).some((c) => wanted.includes(c)));
      }
      const base = await data.channelFor(locale, selfUrl);
      const releases = await data.documents(ids, locale, 'draft', base.organisation);
      const items: Release[] = [];
      for (const schedule of schedules) {
        const release = releases.get(schedule.releaseId);
        if (!release) continue;
        const until = new Date(schedule.runAt);
        const label = `${labelsFor(locale).embargoedUntil} ${humanDateTimeZone(until, locale)}`;
        items.push({
          ...release,
          title: `[${label}] ${release.title}`,
          embargoUntil: until,
          // Not public yet: no other-language links that would 404.
          alternates: [],
        });
      }
      const feed: Feed = {
        channel: {
          ...base,
          id: `${base.id}/embargoed`,
          title: `${base.organisation.name}: ${labelsFor(locale).embargoFeed}`,
          updated: new Date(
            Math.max(base.updated.getTime(), ...items.map((i) => i.updated.getTime()))
          ),
        },
        items,
      };
      return renderRss(feed);
    },
  };
};

export type Outlets = ReturnType<typeof outlets>;
