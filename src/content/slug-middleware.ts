import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  CATEGORY,
  DISTRICT,
  RELEASE,
  defaultLocale,
  findDraft,
  isPublished,
  isSlugTaken,
} from './documents';
import type { DocumentContext, Next } from './middleware-types';
import { firstFreeSlug, isDerivedFrom, toSlug } from './slug';

/** Content types with a slug and the field it is generated from. */
const SLUGGED: Record<string, string> = {
  [RELEASE]: 'title',
  [CATEGORY]: 'name',
  [DISTRICT]: 'name',
};

/**
 * Slug rules, applied on every create and update:
 * - an empty slug is generated from the title, unique within the locale (-2, -3, … on a clash);
 * - while a locale has never been published, its generated slug follows title changes;
 * - once published, the slug is frozen: outlets have stored the link. Emptying it keeps it;
 * - an editor may still set a new slug on purpose; a clash with another release is then an error.
 */
export const slugMiddleware =
  (strapi: Core.Strapi) =>
  async (ctx: DocumentContext, next: Next): Promise<unknown> => {
    const sourceField = SLUGGED[ctx.uid];
    const data = ctx.params.data;
    if (!sourceField || !data || (ctx.action !== 'create' && ctx.action !== 'update')) {
      return next();
    }
    const locale =
      typeof ctx.params.locale === 'string' ? ctx.params.locale : await defaultLocale(strapi);
    const documentId = ctx.action === 'update' ? ctx.params.documentId : undefined;
    const previous = documentId ? await findDraft(strapi, ctx.uid, documentId, locale) : null;
    const previousSlug = typeof previous?.slug === 'string' ? previous.slug : '';
    const wanted = typeof data.slug === 'string' ? data.slug.trim() : '';
    const taken = (candidate: string) =>
      isSlugTaken(strapi, ctx.uid, locale, candidate, documentId);

    if (wanted && wanted !== previousSlug) {
      const slug = toSlug(wanted, locale);
      if (!slug) {
        throw slugError(`"${wanted}" has no letters or digits to make a web address from.`);
      }
      if (await taken(slug)) {
        throw slugError(
          `The slug "${slug}" is already used by another entry in "${locale}". Choose another.`
        );
      }
      data.slug = slug;
      return next();
    }

    const title = String(data[sourceField] ?? previous?.[sourceField] ?? '');
    const frozen =
      previousSlug !== '' &&
      (!(sourceField in data) ||
        !isDerivedFrom(previousSlug, String(previous?.[sourceField] ?? ''), locale) ||
        (documentId !== undefined && (await isPublished(strapi, ctx.uid, documentId, locale))));
    if (frozen) {
      data.slug = previousSlug;
      return next();
    }
    const base = toSlug(title, locale) || (ctx.uid === RELEASE ? 'release' : 'entry');
    data.slug = await firstFreeSlug(base, taken);
    return next();
  };

const slugError = (message: string) =>
  new errors.ValidationError(message, {
    errors: [{ path: ['slug'], message, name: 'ValidationError' }],
  });
