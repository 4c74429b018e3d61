import type { Core } from '@strapi/strapi';
import { RELEASE, findDraft } from './documents';
import type { DocumentContext, Next } from './middleware-types';

/**
 * On first publish a release without a release date gets the moment of publishing, so feeds and
 * pages always have an official date to sort by. The date is shared by all languages.
 */
export const releaseDefaults =
  (strapi: Core.Strapi) =>
  async (ctx: DocumentContext, next: Next): Promise<unknown> => {
    if (ctx.uid !== RELEASE || ctx.action !== 'publish' || !ctx.params.documentId) return next();
    const locale =
      typeof ctx.params.locale === 'string' && ctx.params.locale !== '*'
        ? ctx.params.locale
        : undefined;
    const draft = locale ? await findDraft(strapi, RELEASE, ctx.params.documentId, locale) : null;
    if (draft && !draft.releaseDate) {
      await strapi.documents(RELEASE).update({
        documentId: ctx.params.documentId,
        locale,
        status: 'draft',
        data: { releaseDate: new Date().toISOString() } as never,
      });
    }
    return next();
  };
