import type { Core, UID } from '@strapi/strapi';
import { uploadPng as upload } from '../../src/content/uploads';

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

export const NEWSROOM = 'api::newsroom.newsroom' as UID.ContentType;

/** Uploads a small generated PNG through Strapi's upload service; returns the file id. */
export const uploadPng = async (strapi: Core.Strapi, name = 'photo.png'): Promise<number> => {
  const sharp = (await import('sharp')).default;
  const png = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#2e7d32' } })
    .png()
    .toBuffer();
  return upload(strapi, png, { name });
};

/** The newsroom single type in German and English. */
export const createNewsroom = async (strapi: Core.Strapi) => {
  const created = (await strapi.documents(NEWSROOM).create({
    locale: 'de',
    data: {
      organisationName: 'Stadt Leipzig',
      boilerplate: 'Leipzig ist die größte Stadt Sachsens.',
      website: 'https://www.leipzig.de',
    } as never,
  })) as { documentId: string };
  await strapi.documents(NEWSROOM).update({
    documentId: created.documentId,
    locale: 'en',
    data: {
      organisationName: 'City of Leipzig',
      boilerplate: "Leipzig is Saxony's largest city.",
    } as never,
  });
};

/** A category or district in German and English; returns the documentId. */
export const createTerm = async (
  strapi: Core.Strapi,
  uid: UID.ContentType,
  de: string,
  en: string
) => {
  const id = await createNamed(strapi, uid, { name: de });
  await strapi.documents(uid).update({ documentId: id, locale: 'en', data: { name: en } as never });
  return id;
};

export const slugOf = async (
  strapi: Core.Strapi,
  documentId: string,
  locale = 'de',
  status: 'draft' | 'published' = 'draft'
): Promise<string> =>
  (
    (await strapi.documents(RELEASE).findOne({ documentId, locale, status })) as unknown as {
      slug: string;
    }
  ).slug;

/** An active outlet with a webhook, through the Document Service (and so its checks). */
export const createOutlet = async (
  strapi: Core.Strapi,
  data: { name: string; webhookUrl: string; webhookSecret: string } & Record<string, unknown>
): Promise<string> =>
  (
    (await strapi.documents('plugin::newsroom.outlet' as UID.ContentType).create({
      data: { email: 'desk@example.org', active: true, ...data },
    } as never)) as { documentId: string }
  ).documentId;
