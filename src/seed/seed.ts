import type { Core, UID } from '@strapi/strapi';
import { CATEGORY, CONTACT, DISTRICT, NEWSROOM, RELEASE } from '../content/documents';
import { localesConfig } from '../bootstrap/locales';
import { uploadPng } from '../content/uploads';
import { drawDemoImage } from './demo-image';
import {
  DEMO_CATEGORIES,
  DEMO_CONTACT,
  DEMO_DISTRICTS,
  DEMO_NEWSROOM,
  DEMO_RELEASES,
  type DemoRelease,
} from './demo-content';

const CONTENT_TYPES = [RELEASE, CATEGORY, DISTRICT, CONTACT, NEWSROOM];
const DAY = 24 * 60 * 60 * 1000;

const docs = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as UID.ContentType);

/** Whether any newsroom content exists, in any locale or status. */
export const hasContent = async (strapi: Core.Strapi): Promise<boolean> => {
  for (const uid of CONTENT_TYPES) {
    // A raw count sees every locale and every status at once, which no Document Service call does.
    if ((await strapi.db.query(uid as UID.Schema).count()) > 0) return true;
  }
  return false;
};

const DEMO_FILE = 'leipzig-demo.png';

/** Deletes all newsroom content (every locale and status) and the demo images. Development only;
 * see scripts/seed.js. */
export const deleteContent = async (strapi: Core.Strapi): Promise<void> => {
  const upload = strapi.plugin('upload').service('upload');
  for (const file of (await upload.findMany({ filters: { name: DEMO_FILE } })) as object[]) {
    await upload.remove(file);
  }
  for (const uid of CONTENT_TYPES) {
    const rows = (await strapi.db
      .query(uid as UID.Schema)
      .findMany({ select: ['documentId'] })) as { documentId: string }[];
    for (const documentId of new Set(rows.map((r) => r.documentId))) {
      await docs(strapi, uid).delete({ documentId, locale: '*' });
    }
  }
};

const uploadDemoImage = async (strapi: Core.Strapi, label: string, alt: string): Promise<number> =>
  uploadPng(strapi, await drawDemoImage(label), {
    name: DEMO_FILE,
    alternativeText: alt,
    caption: label,
  });

/** Creates a document in the source locale and adds its translation; returns the documentId. */
const createTranslated = async (
  strapi: Core.Strapi,
  uid: string,
  source: Record<string, unknown>,
  translation: Record<string, unknown> | undefined,
  locales: { source: string; target: string }
): Promise<string> => {
  const created = (await docs(strapi, uid).create({
    locale: locales.source,
    status: 'draft',
    data: source,
  })) as { documentId: string };
  if (translation) {
    await docs(strapi, uid).update({
      documentId: created.documentId,
      locale: locales.target,
      status: 'draft',
      data: translation,
    });
  }
  return created.documentId;
};

export const seedDemo = async (strapi: Core.Strapi): Promise<void> => {
  const { source, targets } = localesConfig(strapi);
  const locales = { source, target: targets[0] ?? source };
  const now = Date.now();

  const categoryIds: Record<string, string> = {};
  for (const c of DEMO_CATEGORIES) {
    categoryIds[c.key] = await createTranslated(
      strapi,
      CATEGORY,
      { name: c.de },
      { name: c.en },
      locales
    );
  }
  const districtIds: Record<string, string> = {};
  for (const name of DEMO_DISTRICTS) {
    districtIds[name] = await createTranslated(strapi, DISTRICT, { name }, { name }, locales);
  }
  const contactId = await createTranslated(
    strapi,
    CONTACT,
    {
      name: DEMO_CONTACT.name,
      email: DEMO_CONTACT.email,
      phone: DEMO_CONTACT.phone,
      function: DEMO_CONTACT.functionDe,
    },
    { function: DEMO_CONTACT.functionEn },
    locales
  );
  const logoId = await uploadDemoImage(strapi, 'Stadt Leipzig', 'Logo der Demo-Pressestelle');
  await createTranslated(
    strapi,
    NEWSROOM,
    {
      ...DEMO_NEWSROOM.de,
      website: DEMO_NEWSROOM.website,
      logo: logoId,
      defaultContact: contactId,
    },
    { ...DEMO_NEWSROOM.en, defaultContact: contactId },
    locales
  );

  const releaseIds: Record<string, string> = {};
  for (const release of DEMO_RELEASES) {
    releaseIds[release.key] = await seedRelease(strapi, release, {
      locales,
      now,
      contactId,
      categoryIds,
      districtIds,
    });
  }
  // The invitation points to the release it celebrates, in both languages.
  for (const locale of [locales.source, locales.target]) {
    await docs(strapi, RELEASE).update({
      documentId: releaseIds['climate-conference'],
      locale,
      status: 'draft',
      data: { relatedReleases: [releaseIds['mission-label']] },
    });
  }
  strapi.log.info(`[newsroom] seeded ${DEMO_RELEASES.length} demo releases`);
};

type SeedContext = {
  locales: { source: string; target: string };
  now: number;
  contactId: string;
  categoryIds: Record<string, string>;
  districtIds: Record<string, string>;
};

const seedRelease = async (strapi: Core.Strapi, release: DemoRelease, c: SeedContext) => {
  const imageId = release.image
    ? await uploadDemoImage(strapi, release.image.label, release.de.imageAlt ?? '')
    : undefined;
  const shared = {
    releaseNumber: release.releaseNumber,
    releaseDate: new Date(c.now + release.releaseInDays * DAY).toISOString(),
    embargoUntil:
      release.embargoInDays === undefined
        ? null
        : new Date(c.now + release.embargoInDays * DAY).toISOString(),
    categories: release.categories.map((k) => c.categoryIds[k]),
    districts: release.districts.map((d) => c.districtIds[d]),
    contacts: [c.contactId],
  };
  const localized = (text: DemoRelease['de']) => ({
    title: text.title,
    subtitle: text.subtitle,
    lead: text.lead,
    body: text.body,
    dateline: text.dateline,
    images:
      imageId && release.image
        ? [
            {
              file: imageId,
              caption: text.imageCaption,
              alt: text.imageAlt,
              credit: release.image.credit,
              licence: release.image.licence,
            },
          ]
        : [],
    corrections: text.correction
      ? [{ date: new Date(c.now - DAY).toISOString(), note: text.correction }]
      : [],
  });
  const documentId = await createTranslated(
    strapi,
    RELEASE,
    { ...shared, ...localized(release.de) },
    release.en ? { ...shared, ...localized(release.en) } : undefined,
    c.locales
  );
  if (release.publish) {
    for (const locale of release.en ? [c.locales.source, c.locales.target] : [c.locales.source]) {
      await docs(strapi, RELEASE).publish({ documentId, locale });
    }
  }
  return documentId;
};
