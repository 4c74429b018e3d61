import type { Core, UID } from '@strapi/strapi';
import type { Config } from './config';
import { getService } from './services/get-service';

/** Checks the configured type and fields against the real schema, then prepares the version row. */
export const checkSchema = (strapi: Core.Strapi, config: Config): void => {
  const model = strapi.getModel(config.contentType as UID.ContentType);
  if (!model)
    throw new Error(
      `newsroom.config.contentType: "${config.contentType}" is not a content type of this app.`
    );
  for (const [role, field] of Object.entries(config.fields)) {
    if (!model.attributes[field]) {
      throw new Error(
        `newsroom.config.fields.${role}: "${field}" is not an attribute of ${config.contentType}.`
      );
    }
  }
  if (!strapi.getModel(config.newsroomType as UID.ContentType)) {
    throw new Error(
      `newsroom.config.newsroomType: "${config.newsroomType}" is not a content type of this app.`
    );
  }
};

type DocumentContext = {
  uid: string;
  action: string;
  params: { documentId?: string; locale?: unknown };
};

/**
 * Publish-readiness: a blocking check refuses every publish, from the admin panel or the API.
 * Registered here, after every register(), so the app's own validation speaks first.
 */
const enforceReadiness = (strapi: Core.Strapi, config: Config) =>
  strapi.documents.use((async (ctx: DocumentContext, next: () => Promise<unknown>) => {
    if (ctx.uid === config.contentType && ctx.action === 'publish' && ctx.params.documentId) {
      const locales =
        typeof ctx.params.locale === 'string' && ctx.params.locale !== '*'
          ? [ctx.params.locale]
          : config.locales;
      for (const locale of locales) {
        const draft = await strapi.documents(config.contentType as UID.ContentType).findOne({
          documentId: ctx.params.documentId,
          locale,
          status: 'draft',
          fields: ['documentId'],
        } as never);
        if (draft)
          await getService(strapi, 'releasePublishing').assertReady(ctx.params.documentId, locale);
      }
    }
    return next();
  }) as unknown as Parameters<typeof strapi.documents.use>[0]);

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  checkSchema(strapi, strapi.config.get('plugin::newsroom') as Config);
  enforceReadiness(strapi, strapi.config.get('plugin::newsroom') as Config);
  await getService(strapi, 'contentVersion').ensure();
  await strapi.service('admin::permission').actionProvider.registerMany([
    {
      section: 'plugins',
      displayName: 'Read translation status',
      uid: 'translations.read',
      pluginName: 'newsroom',
    },
    {
      section: 'plugins',
      displayName: 'Import translations (XLIFF)',
      uid: 'translations.import',
      pluginName: 'newsroom',
    },
    {
      section: 'plugins',
      displayName: 'Schedule releases for their embargo',
      uid: 'schedules.manage',
      pluginName: 'newsroom',
    },
    {
      section: 'plugins',
      displayName: 'Manage outlet tokens and deliveries',
      uid: 'outlets.manage',
      pluginName: 'newsroom',
    },
  ]);
  getService(strapi, 'scheduler').start();
  getService(strapi, 'outbox').start();
  // Releases written before the status table existed get their status in the background: on a
  // large archive this takes minutes, and the newsroom must be up meanwhile.
  void getService(strapi, 'translationStatus')
    .backfill()
    .then((filled) => {
      if (filled > 0)
        strapi.log.info(`[newsroom] translation status computed for ${filled} releases`);
    })
    .catch((error) =>
      strapi.log.error(`[newsroom] translation status backfill stopped: ${String(error)}`)
    );
};
