import type { Core, UID } from '@strapi/strapi';
import type { Config } from './config';
import { getService } from './services/get-service';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

type DocumentContext = { uid: string; action: string };

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

  strapi.documents.use((async (ctx: DocumentContext, next: () => Promise<unknown>) => {
    const result = await next();
    if (WRITES.has(ctx.action) && watchedTypes(strapi, config).has(ctx.uid)) {
      await getService(strapi, 'contentVersion').bump();
    }
    return result;
  }) as unknown as Parameters<typeof strapi.documents.use>[0]);
};
