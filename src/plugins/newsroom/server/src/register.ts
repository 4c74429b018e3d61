import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Config } from './config';
import { getService } from './services/get-service';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

type DocumentContext = {
  uid: string;
  action: string;
  params: { documentId?: string; locale?: unknown; data?: Record<string, unknown> };
};

const PUBLIC_CHANGES = new Set(['publish', 'unpublish', 'delete']);

/**
 * Pushes: a publish, unpublish or delete of a release runs in one transaction with the outbox rows
 * that tell outlets and the WebSub hub about it (services/push-events.ts), so neither can be lost
 * without the other. An edited embargo moves a pending schedule with it.
 */
const pushMiddleware =
  (strapi: Core.Strapi, config: Config) =>
  async (ctx: DocumentContext, next: () => Promise<unknown>) => {
    const documentId = ctx.params.documentId;
    if (ctx.uid === config.newsroomType && (ctx.action === 'publish' || ctx.action === 'update')) {
      return strapi.db.transaction(async () => {
        const result = await next();
        await getService(strapi, 'pushEvents').channelChanged();
        return result;
      });
    }
    if (ctx.uid !== config.contentType || !documentId) return next();
    if (ctx.action === 'update' && ctx.params.data && config.fields.embargo in ctx.params.data) {
      const result = await next();
      await getService(strapi, 'scheduler').followEmbargo(
        documentId,
        ctx.params.data[config.fields.embargo]
      );
      return result;
    }
    if (!PUBLIC_CHANGES.has(ctx.action)) return next();
    const { locale } = ctx.params;
    const locales =
      typeof locale === 'string' && locale !== '*'
        ? [locale]
        : ctx.action === 'publish' && locale === undefined
          ? [config.locales[0]]
          : config.locales;
    return strapi.db.transaction(async () => {
      const events = getService(strapi, 'pushEvents');
      const before = await events.before(documentId, locales);
      // A deleted source language leaves nothing to publish: the schedule ends here (outlets
      // holding the embargoed text are told while it can still be read), not in an error later.
      if (ctx.action === 'delete' && locales.includes(config.locales[0]))
        await getService(strapi, 'scheduler').cancel(documentId, 'the release was deleted');
      const result = await next();
      await events.after(ctx.action, documentId, before);
      return result;
    });
  };

const TOKEN_FIELDS = ['tokenHash', 'tokenHint', 'tokenIssuedAt'];

/** Outlets: tokens are set only by the token endpoint; webhook URLs pass the SSRF guard. */
const outletMiddleware =
  (strapi: Core.Strapi) => async (ctx: DocumentContext, next: () => Promise<unknown>) => {
    if (ctx.uid !== 'plugin::newsroom.outlet' || !ctx.params.data) return next();
    if (ctx.action !== 'create' && ctx.action !== 'update') return next();
    for (const field of TOKEN_FIELDS) delete ctx.params.data[field];
    const problems = getService(strapi, 'outlets').validate(ctx.params.data, ctx.action);
    if (problems.length > 0) {
      throw new errors.ValidationError(problems.map((p) => p.message).join(' '), {
        errors: problems.map((p) => ({ ...p, name: 'ValidationError' })),
      });
    }
    return next();
  };

/** The types whose changes can alter a feed or page: releases and what they show. */
const watchedTypes = (strapi: Core.Strapi, config: Config): Set<string> => {
  const attributes = strapi.getModel(config.contentType as UID.ContentType)?.attributes ?? {};
  const targets = [config.fields.categories, config.fields.districts, config.fields.contacts].map(
    (field) => (attributes[field] as { target?: string } | undefined)?.target
  );
  return new Set(
    [config.contentType, config.newsroomType, ...targets].filter((t): t is string => !!t)
  );
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = strapi.config.get('plugin::newsroom') as Config;

  // The feed query walks releases newest first per locale; without this index its cost would
  // grow with the archive instead of with the feed's limit. No "id" column: Strapi's PostgreSQL
  // inspector ignores columns named id, so it would see the index as changed and rebuild it on
  // every start (SQLite has the rowid in every index anyway).
  const contentType = strapi.contentType(config.contentType as UID.ContentType) as unknown as {
    collectionName: string;
    indexes?: { name: string; columns: string[] }[];
  };
  if (contentType) {
    const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    contentType.indexes = [
      ...(contentType.indexes ?? []),
      {
        name: `${contentType.collectionName}_feed_order`.slice(0, 63),
        columns: ['locale', snake(config.fields.published)],
      },
    ];
  }

  // The Translations list filters by language and status and sorts by the source's last change;
  // one status row per release and language. (Indexes set on the content type here, as Strapi
  // reads them from it, not from schema.json.)
  const statusType = strapi.contentType(
    'plugin::newsroom.translation-status' as UID.ContentType
  ) as unknown as {
    indexes?: { name: string; columns: string[]; type?: string }[];
  };
  statusType.indexes = [
    {
      name: 'newsroom_translation_statuses_list',
      columns: ['target_locale', 'status', 'source_updated_at'],
    },
    {
      name: 'newsroom_translation_statuses_release',
      columns: ['release_id', 'target_locale'],
      type: 'unique',
    },
  ];

  const table = (uid: string) =>
    strapi.contentType(uid as UID.ContentType) as unknown as {
      indexes?: { name: string; columns: string[]; type?: string }[];
    };
  // Each instance polls these every second: due schedules and due deliveries.
  table('plugin::newsroom.schedule').indexes = [
    { name: 'newsroom_schedules_due', columns: ['state', 'run_at'] },
  ];
  table('plugin::newsroom.delivery').indexes = [
    { name: 'newsroom_deliveries_due', columns: ['state', 'next_attempt_at'] },
    { name: 'newsroom_deliveries_outlet', columns: ['outlet_id', 'created_at'] },
  ];
  table('plugin::newsroom.outlet').indexes = [
    { name: 'newsroom_outlets_token', columns: ['token_hash'] },
  ];

  strapi.documents.use((async (ctx: DocumentContext, next: () => Promise<unknown>) => {
    const result = await next();
    if (!WRITES.has(ctx.action)) return result;
    if (watchedTypes(strapi, config).has(ctx.uid)) {
      await getService(strapi, 'contentVersion').bump();
    }
    if (ctx.uid === config.contentType) {
      const documentId =
        ctx.params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      const locale = typeof ctx.params.locale === 'string' ? ctx.params.locale : undefined;
      // Saving a translation records the source text it was made from (the translator's word).
      const synced =
        (ctx.action === 'create' || ctx.action === 'update') &&
        locale &&
        locale !== config.locales[0]
          ? locale
          : undefined;
      if (documentId) await getService(strapi, 'translationStatus').refresh(documentId, synced);
    }
    return result;
  }) as unknown as Parameters<typeof strapi.documents.use>[0]);

  // Registered after the version bump above, so they run inside it (the first registered is the
  // outermost): the outbox rows commit with the change, and the bump follows that commit, awaited.
  strapi.documents.use(
    pushMiddleware(strapi, config) as unknown as Parameters<typeof strapi.documents.use>[0]
  );
  strapi.documents.use(
    outletMiddleware(strapi) as unknown as Parameters<typeof strapi.documents.use>[0]
  );

  // A language removed from the newsroom takes its translation statuses with it.
  strapi.db.lifecycles.subscribe({
    models: ['plugin::i18n.locale'],
    async afterDelete(event: { result?: { code?: string } }) {
      if (event.result?.code)
        await getService(strapi, 'translationStatus').forgetLocale(event.result.code);
    },
  } as never);
};
