import type { Core, UID } from '@strapi/strapi';

export const RELEASE = 'api::press-release.press-release' as UID.ContentType;
export const CATEGORY = 'api::category.category' as UID.ContentType;
export const DISTRICT = 'api::district.district' as UID.ContentType;
export const CONTACT = 'api::press-contact.press-contact' as UID.ContentType;

export const paragraph = (text: string) => [
  { type: 'paragraph', children: [{ type: 'text', text }] },
];

type ReleaseInput = {
  title: string;
  lead?: string;
  body?: unknown;
  locale?: string;
  embargoUntil?: string | null;
  [field: string]: unknown;
};

/** Creates a release draft through the Document Service; returns its documentId. */
export const createRelease = async (strapi: Core.Strapi, input: ReleaseInput): Promise<string> => {
  const { locale = 'de', ...data } = input;
  const created = (await strapi.documents(RELEASE).create({
    locale,
    status: 'draft',
    data: { lead: `Lead of ${input.title}`, body: paragraph(`Body of ${input.title}`), ...data },
  })) as { documentId: string };
  return created.documentId;
};

export const translateRelease = async (
  strapi: Core.Strapi,
  documentId: string,
  input: ReleaseInput
): Promise<void> => {
  const { locale = 'en', ...data } = input;
  await strapi.documents(RELEASE).update({
    documentId,
    locale,
    status: 'draft',
    data: { lead: `Lead of ${input.title}`, body: paragraph(`Body of ${input.title}`), ...data },
  });
};

export const publish = (strapi: Core.Strapi, documentId: string, locale = 'de') =>
  strapi.documents(RELEASE).publish({ documentId, locale });

export const draftOf = (strapi: Core.Strapi, documentId: string, locale = 'de') =>
  strapi.documents(RELEASE).findOne({ documentId, locale, status: 'draft' }) as Promise<
    Record<string, unknown>
  >;

export const createNamed = async (
  strapi: Core.Strapi,
  uid: UID.ContentType,
  data: Record<string, unknown>,
  locale = 'de'
): Promise<string> =>
  (
    (await strapi.documents(uid).create({ locale, status: 'draft', data })) as {
      documentId: string;
    }
  ).documentId;

export const inFuture = (days: number) => new Date(Date.now() + days * 86400000).toISOString();

export const updateDraft = (
  strapi: Core.Strapi,
  documentId: string,
  data: Record<string, unknown>,
  locale = 'de'
) => strapi.documents(RELEASE).update({ documentId, locale, status: 'draft', data: { ...data } });
