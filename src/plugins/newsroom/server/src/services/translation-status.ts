import type { Core, UID } from '@strapi/strapi';
import type { Config } from '../config';
import {
  changes,
  fingerprint,
  sourceText,
  statusOf,
  type SourceText,
  type TranslationStatus,
} from '../translation/source-text';

/**
 * The translation status of every release in every target language, kept in a table of the plugin
 * and refreshed whenever a write can change it (register.ts), so a list of any length is one
 * indexed query plus one GROUP BY for the counts, and the status survives restarts.
 */

const UID_STATUS = 'plugin::newsroom.translation-status';
export type SourceState = 'draft' | 'published' | 'modified' | 'scheduled';
export const STATUSES: TranslationStatus[] = ['missing', 'outdated', 'draft', 'current'];

type Row = {
  id: number;
  releaseId: string;
  targetLocale: string;
  status: TranslationStatus;
  sourceHash: string | null;
  syncedHash: string | null;
  syncedText: SourceText | null;
  sourceTitle: string | null;
  sourceUpdatedAt: string | null;
};

export const translationStatus = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as Config;
  const source = () => config().locales[0];
  const targets = () => config().locales.slice(1);
  const releases = () => strapi.documents(config().contentType as UID.ContentType);
  const rows = () => strapi.db.query(UID_STATUS);

  const loadSource = async (documentId: string) =>
    (await releases().findOne({
      documentId,
      locale: source(),
      status: 'draft',
      populate: { [config().fields.images]: true, [config().fields.corrections]: true },
    } as never)) as (Record<string, unknown> & { updatedAt: string }) | null;

  const exists = async (documentId: string, locale: string, status: 'draft' | 'published') =>
    (await releases().findOne({ documentId, locale, status, fields: ['documentId'] } as never)) !==
    null;

  /**
   * The state of the source version of these releases: draft (never published), published,
   * modified (published, with later changes in the draft), scheduled (unpublished, embargo ahead).
   * Two queries for a page, whatever the archive holds.
   */
  const sourceStates = async (documentIds: string[]): Promise<Map<string, SourceState>> => {
    const states = new Map<string, SourceState>();
    if (documentIds.length === 0) return states;
    const embargo = config().fields.embargo;
    const query = (status: 'draft' | 'published') =>
      releases().findMany({
        locale: source(),
        status,
        filters: { documentId: { $in: documentIds } },
        fields: ['documentId', 'updatedAt', embargo],
      } as never) as unknown as Promise<
        (Record<string, unknown> & { documentId: string; updatedAt: string })[]
      >;
    const [drafts, published] = await Promise.all([query('draft'), query('published')]);
    const now = Date.now();
    for (const draft of drafts) {
      const live = published.find((p) => p.documentId === draft.documentId);
      const until = draft[embargo] ? Date.parse(String(draft[embargo])) : NaN;
      states.set(
        draft.documentId,
        live
          ? Date.parse(draft.updatedAt) > Date.parse(live.updatedAt)
            ? 'modified'
            : 'published'
          : until > now
            ? 'scheduled'
            : 'draft'
      );
    }
    return states;
  };

  let stopped = false;

  return {
    /** Ends a running backfill after its current batch (plugin destroy). */
    stop(): void {
      stopped = true;
    },

    /**
     * Recomputes a release's status in every target language. `syncedLocale`: a translation just
     * saved in that language, so it now translates the source text as it is.
     */
    async refresh(documentId: string, syncedLocale?: string): Promise<void> {
      const doc = await loadSource(documentId);
      if (!doc) {
        await rows().deleteMany({ where: { releaseId: documentId } });
        return;
      }
      const text = sourceText(doc, config().fields);
      const hash = fingerprint(text);
      for (const locale of targets()) {
        const existing = (await rows().findOne({
          where: { releaseId: documentId, targetLocale: locale },
        })) as Row | null;
        const translated = await exists(documentId, locale, 'draft');
        const synced = locale === syncedLocale && translated;
        const syncedHash = synced ? hash : translated ? (existing?.syncedHash ?? null) : null;
        const data = {
          releaseId: documentId,
          targetLocale: locale,
          status: statusOf({
            exists: translated,
            published: translated && (await exists(documentId, locale, 'published')),
            sourceHash: hash,
            syncedHash,
          }),
          sourceHash: hash,
          syncedHash,
          syncedText: synced ? text : translated ? (existing?.syncedText ?? null) : null,
          sourceTitle: String(doc[config().fields.title] ?? ''),
          sourceUpdatedAt: doc.updatedAt,
        };
        if (existing) await rows().update({ where: { id: existing.id }, data });
        else await rows().create({ data });
      }
    },

    /**
     * Records that a translation was made from an earlier source revision (an XLIFF file exported
     * before the source changed): it stays outdated until someone checks it against the source.
     */
    async syncedTo(documentId: string, locale: string, revision: string): Promise<void> {
      const row = (await rows().findOne({
        where: { releaseId: documentId, targetLocale: locale },
      })) as Row | null;
      if (!row || row.sourceHash === revision) return;
      await rows().update({
        where: { id: row.id },
        data: { syncedHash: revision, syncedText: null, status: 'outdated' },
      });
    },

    /** Forgets a language that was removed from the newsroom. */
    async forgetLocale(locale: string): Promise<void> {
      await rows().deleteMany({ where: { targetLocale: locale } });
    },

    /** The releases with one of these statuses in `locale` (for an XLIFF export of all of them). */
    async idsWith(locale: string, statuses: TranslationStatus[]): Promise<string[]> {
      const found = (await rows().findMany({
        where: { targetLocale: locale, status: { $in: statuses } },
        select: ['releaseId'],
        orderBy: { sourceUpdatedAt: 'desc' },
      })) as { releaseId: string }[];
      return found.map((r) => r.releaseId);
    },

    /** Fills the table for releases written before it existed (bootstrap). */
    async backfill(): Promise<number> {
      const known = new Set(
        ((await rows().findMany({ select: ['releaseId'] })) as { releaseId: string }[]).map(
          (r) => r.releaseId
        )
      );
      const f = config().fields;
      const BATCH = 200;
      let filled = 0;
      // First only the ids, so an archive whose statuses are all known costs one light query;
      // then the unknown ones in batches of a few queries each.
      const all = (await releases().findMany({
        locale: source(),
        status: 'draft',
        fields: ['documentId'],
      } as never)) as unknown as { documentId: string }[];
      const unknown = all.map((r) => r.documentId).filter((id) => !known.has(id));
      for (let start = 0; start < unknown.length && !stopped; start += BATCH) {
        const ids = unknown.slice(start, start + BATCH);
        const pending = (await releases().findMany({
          locale: source(),
          status: 'draft',
          filters: { documentId: { $in: ids } },
          populate: { [f.images]: true, [f.corrections]: true },
        } as never)) as unknown as (Record<string, unknown> & {
          documentId: string;
          updatedAt: string;
        })[];
        const existing = async (locale: string, status: 'draft' | 'published') =>
          new Set(
            (
              (await releases().findMany({
                locale,
                status,
                filters: { documentId: { $in: ids } },
                fields: ['documentId'],
              } as never)) as unknown as { documentId: string }[]
            ).map((d) => d.documentId)
          );
        const data = [];
        for (const locale of targets()) {
          const [drafts, published] = [
            await existing(locale, 'draft'),
            await existing(locale, 'published'),
          ];
          for (const doc of pending) {
            const text = sourceText(doc, f);
            const hash = fingerprint(text);
            const translated = drafts.has(doc.documentId);
            data.push({
              releaseId: doc.documentId,
              targetLocale: locale,
              // With no history to go by, an existing translation matches the source as it is now.
              status: statusOf({
                exists: translated,
                published: published.has(doc.documentId),
                sourceHash: hash,
                syncedHash: translated ? hash : null,
              }),
              sourceHash: hash,
              syncedHash: translated ? hash : null,
              syncedText: translated ? text : null,
              sourceTitle: String(doc[f.title] ?? ''),
              sourceUpdatedAt: doc.updatedAt,
            });
          }
        }
        await rows().createMany({ data });
        filled += pending.length;
      }
      return filled;
    },

    /** One page of the Translations list for a target language, with counts per status. */
    async list(query: {
      locale: string;
      status?: TranslationStatus;
      q?: string;
      page: number;
      pageSize: number;
    }) {
      const where: Record<string, unknown> = { targetLocale: query.locale };
      if (query.status) where.status = query.status;
      if (query.q) where.sourceTitle = { $containsi: query.q };
      const [results, total, grouped] = await Promise.all([
        rows().findMany({
          where,
          orderBy: [{ sourceUpdatedAt: 'desc' }, { id: 'desc' }],
          offset: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
          select: [
            'releaseId',
            'status',
            'sourceTitle',
            'sourceUpdatedAt',
            'syncedHash',
            'sourceHash',
          ],
        }) as Promise<Row[]>,
        rows().count({ where }),
        strapi.db
          .getConnection('newsroom_translation_statuses')
          .where({ target_locale: query.locale })
          .select('status')
          .count({ n: '*' })
          .groupBy('status') as Promise<{ status: TranslationStatus; n: number | string }[]>,
      ]);
      const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<
        TranslationStatus,
        number
      >;
      for (const g of grouped) counts[g.status] = Number(g.n);
      const states = await sourceStates(results.map((r) => r.releaseId));
      return {
        results: results.map((r) => ({
          documentId: r.releaseId,
          title: r.sourceTitle ?? '',
          status: r.status,
          sourceState: states.get(r.releaseId) ?? 'draft',
          sourceUpdatedAt: r.sourceUpdatedAt,
        })),
        counts,
        pagination: {
          page: query.page,
          pageSize: query.pageSize,
          total,
          pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
        },
      };
    },

    /** The status of one release and what changed in the source since the translation was synced. */
    async detail(documentId: string, locale: string) {
      const row = (await rows().findOne({
        where: { releaseId: documentId, targetLocale: locale },
      })) as Row | null;
      const doc = await loadSource(documentId);
      if (!row || !doc) return null;
      const now = sourceText(doc, config().fields);
      return {
        documentId,
        locale,
        status: row.status,
        changes: row.syncedText && row.status === 'outdated' ? changes(row.syncedText, now) : [],
      };
    },
  };
};

export type TranslationStatusService = ReturnType<typeof translationStatus>;
