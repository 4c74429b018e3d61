import type { Core, UID } from '@strapi/strapi';

/**
 * The few Document Service reads the content rules need, in one place so that every call names its
 * locale and status explicitly (the service defaults to the default locale and to drafts).
 */

export type Row = Record<string, unknown> & { documentId: string; locale?: string | null };

export const RELEASE = 'api::press-release.press-release';
export const CATEGORY = 'api::category.category';
export const DISTRICT = 'api::district.district';
export const CONTACT = 'api::press-contact.press-contact';
export const NEWSROOM = 'api::newsroom.newsroom';

const docs = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as UID.ContentType);

export const hasDraftAndPublish = (strapi: Core.Strapi, uid: string): boolean =>
  strapi.getModel(uid as UID.ContentType)?.options?.draftAndPublish === true;

export const findDraft = async (
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: string
): Promise<Row | null> =>
  (await docs(strapi, uid).findOne({ documentId, locale, status: 'draft' })) as Row | null;

export const isPublished = async (
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: string
): Promise<boolean> => {
  if (!hasDraftAndPublish(strapi, uid)) return true;
  const published = await docs(strapi, uid).findOne({
    documentId,
    locale,
    status: 'published',
    fields: ['documentId'],
  });
  return published !== null;
};

/** Whether another document of `uid` uses `slug` in `locale`, as a draft or as published. */
export const isSlugTaken = async (
  strapi: Core.Strapi,
  uid: string,
  locale: string,
  slug: string,
  exceptDocumentId?: string
): Promise<boolean> => {
  const filters = exceptDocumentId ? { slug, documentId: { $ne: exceptDocumentId } } : { slug };
  const statuses = hasDraftAndPublish(strapi, uid)
    ? (['draft', 'published'] as const)
    : (['draft'] as const);
  for (const status of statuses) {
    const hit = await docs(strapi, uid).findFirst({ locale, status, filters, fields: ['slug'] });
    if (hit) return true;
  }
  return false;
};

export const defaultLocale = async (strapi: Core.Strapi): Promise<string> =>
  (await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string;
