import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  CATEGORY,
  CONTACT,
  DISTRICT,
  RELEASE,
  defaultLocale,
  findDraft,
  isPublished,
} from './documents';
import type { DocumentContext, Next } from './middleware-types';
import { validateContact, validateRelease, validateTaxonomy, type FieldError } from './validation';

/**
 * Runs the editorial validation before Strapi's own, so the admin panel and the REST API answer
 * with messages an editor understands. Publishing checks the stored draft of each locale published.
 */
export const validationMiddleware =
  (strapi: Core.Strapi) =>
  async (ctx: DocumentContext, next: Next): Promise<unknown> => {
    const { uid, action, params } = ctx;
    const data = params.data;
    const mode = action === 'create' ? 'create' : 'update';

    if (uid === CONTACT && data && (action === 'create' || action === 'update')) {
      fail(validateContact(data, mode));
    }
    if (
      (uid === CATEGORY || uid === DISTRICT) &&
      data &&
      (action === 'create' || action === 'update')
    ) {
      fail(validateTaxonomy(data, mode));
    }
    if (uid !== RELEASE) return next();

    const now = new Date();
    if (data && (action === 'create' || action === 'update')) {
      const locale =
        typeof params.locale === 'string' ? params.locale : await defaultLocale(strapi);
      const previous =
        action === 'update' && params.documentId
          ? await findDraft(strapi, uid, params.documentId, locale)
          : null;
      const published =
        previous !== null && (await isPublished(strapi, uid, previous.documentId, locale));
      fail(validateRelease(data, { mode: 'save', now, previous, isPublished: published }));
      // A write with status 'published' (REST without ?status=draft) publishes at once (#23196).
      if (params.status === 'published') {
        fail(
          validateRelease(
            { ...previous, ...data },
            { mode: 'publish', now, isPublished: published }
          )
        );
      }
    }

    if (action === 'publish' && params.documentId) {
      for (const locale of await localesOf(strapi, params.locale)) {
        const draft = await findDraft(strapi, uid, params.documentId, locale);
        if (draft) {
          fail(validateRelease(draft, { mode: 'publish', now, isPublished: false }), locale);
        }
      }
    }
    return next();
  };

const localesOf = async (strapi: Core.Strapi, locale: unknown): Promise<string[]> => {
  if (Array.isArray(locale)) return locale.map(String);
  if (typeof locale === 'string' && locale !== '*') return [locale];
  if (locale === '*') {
    const all = (await strapi.plugin('i18n').service('locales').find()) as { code: string }[];
    return all.map((l) => l.code);
  }
  return [await defaultLocale(strapi)];
};

const fail = (problems: FieldError[], locale?: string): void => {
  if (problems.length === 0) return;
  const where = locale ? ` (${locale})` : '';
  const summary =
    problems.length === 1
      ? `${problems[0].message}${where}`
      : `${problems.length} problems need fixing${where}: ${problems.map((p) => p.message).join(' ')}`;
  throw new errors.ValidationError(summary, {
    errors: problems.map((p) => ({ path: p.path, message: p.message, name: 'ValidationError' })),
  });
};
