import { startApp, type TestApp } from './helpers/strapi';
import { asAdmin, loginAs, type AdminSession } from './helpers/admin';
import {
  CATEGORY,
  RELEASE,
  createNewsroom,
  createRelease,
  createTerm,
  draftOf,
  updateDraft,
  uploadPng,
} from './helpers/content';
import { xmllint } from './helpers/feeds';

/**
 * XLIFF round trip through the admin API, as a translator with a CAT tool would do it: export,
 * translate keeping the <g> codes, import. All or nothing; never the German; never published.
 */

let app: TestApp;
let translator: AdminSession;
let id: string;

const body = [
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'Bitte ' },
      { type: 'text', text: 'beachten', bold: true },
      { type: 'text', text: ' Sie die ' },
      {
        type: 'link',
        url: 'https://www.leipzig.de/umleitung',
        children: [{ type: 'text', text: 'Karte' }],
      },
    ],
  },
  {
    type: 'list',
    format: 'ordered',
    children: [{ type: 'list-item', children: [{ type: 'text', text: 'Linie 1 & 2 <Süd>' }] }],
  },
];

beforeAll(async () => {
  app = await startApp();
  await createNewsroom(app.strapi);
  const category = await createTerm(app.strapi, CATEGORY, 'Verkehr', 'Traffic');
  const image = await uploadPng(app.strapi);
  id = await createRelease(app.strapi, {
    title: 'Brücke gesperrt',
    lead: 'Die Brücke ist gesperrt.',
    body,
    categories: [category],
    images: [
      {
        file: image,
        caption: 'Die Brücke',
        alt: 'Gesperrte Brücke',
        credit: 'Stadt Leipzig',
        licence: 'CC BY 4.0',
      },
    ],
  });
  translator = await loginAs(app, 'translator');
});

afterAll(async () => {
  await app?.stop();
});

const exportXliff = async (query: string) => {
  const res = await asAdmin(app, translator).get(`/newsroom-admin/xliff?${query}`).buffer(true);
  expect(res.status).toBe(200);
  return { res, xml: res.text };
};
const importXliff = (xliff: string, session = translator) =>
  asAdmin(app, session).post('/newsroom-admin/xliff', { xliff });

const translate = (xml: string, pairs: [string, string][]) =>
  xml.replace(
    /<source>([\s\S]*?)<\/source>(\s*<target>[\s\S]*?<\/target>)?/g,
    (_all, source: string) => {
      let target = source;
      for (const [from, to] of pairs) target = target.split(from).join(to);
      return `<source>${source}</source>\n        <target>${target}</target>`;
    }
  );

const ENGLISH: [string, string][] = [
  ['Brücke gesperrt', 'Bridge closed'],
  ['Die Brücke ist gesperrt.', 'The bridge is closed.'],
  ['Bitte ', 'Please '],
  ['beachten', 'note'],
  [' Sie die ', ' the '],
  ['Karte', 'map'],
  ['Linie', 'Line'],
  ['Die Brücke', 'The bridge'],
  ['Gesperrte Brücke', 'Closed bridge'],
];

type EnglishRelease = {
  title: string;
  body: { children: { children: { text: string }[] }[] & object[] }[];
  images: object[];
  categories: { name: string }[];
};

const statusOf = async () =>
  (
    (await asAdmin(app, translator).get('/newsroom-admin/translations?locale=en')).body.results as {
      documentId: string;
      status: string;
    }[]
  ).find((r) => r.documentId === id)?.status;

describe('export', () => {
  it('downloads the missing translations as a well-formed XLIFF 1.2 file', async () => {
    const { res, xml } = await exportXliff('locale=en&status=missing,outdated');
    expect(res.headers['content-type']).toBe('application/x-xliff+xml; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="newsroom-de-en-\d{4}-\d{2}-\d{2}\.xlf"$/
    );
    expect(xmllint(xml).ok).toBe(true);
    expect(xml).toContain(
      `original="press-release/${id}" source-language="de" target-language="en"`
    );
    expect(xml).toContain('<source>Linie 1 &amp; 2 &lt;Süd&gt;</source>');
  });

  it('refuses a request without releases or for the source language', async () => {
    expect((await asAdmin(app, translator).get('/newsroom-admin/xliff?locale=en')).status).toBe(
      400
    );
    const de = await asAdmin(app, translator).get(
      `/newsroom-admin/xliff?locale=de&documentIds=${id}`
    );
    expect(de.status).toBe(400);
    expect(de.body.error.message).toBe('locale must be one of the translation languages: en.');
  });
});

describe('import', () => {
  it('creates the English draft with formatting, link, image texts and categories; German untouched; not published', async () => {
    const germanBefore = await draftOf(app.strapi, id, 'de');
    const { xml } = await exportXliff(`locale=en&documentIds=${id}`);
    const res = await importXliff(translate(xml, ENGLISH));
    expect(res.status).toBe(200);
    expect(res.body.releases).toEqual([
      expect.objectContaining({ documentId: id, locale: 'en', created: true, warnings: [] }),
    ]);
    expect(res.body.releases[0].units).toContainEqual({ unit: 'title', result: 'applied' });

    const en = (await app.strapi.documents(RELEASE).findOne({
      documentId: id,
      locale: 'en',
      status: 'draft',
      populate: { categories: true, images: { populate: ['file'] } },
    })) as unknown as EnglishRelease;
    expect(en.title).toBe('Bridge closed');
    expect(en.body[0].children).toEqual([
      { type: 'text', text: 'Please ' },
      { type: 'text', text: 'note', bold: true },
      { type: 'text', text: ' the ' },
      {
        type: 'link',
        url: 'https://www.leipzig.de/umleitung',
        children: [{ type: 'text', text: 'map' }],
      },
    ]);
    expect(en.body[1].children[0].children[0].text).toBe('Line 1 & 2 <Süd>');
    expect(en.images[0]).toMatchObject({
      caption: 'The bridge',
      alt: 'Closed bridge',
      credit: 'Stadt Leipzig',
    });
    expect(en.categories.map((c: { name: string }) => c.name)).toEqual(['Traffic']);
    expect(
      await app.strapi
        .documents(RELEASE)
        .findOne({ documentId: id, locale: 'en', status: 'published' })
    ).toBeNull();
    expect(await draftOf(app.strapi, id, 'de')).toEqual(germanBefore);
    expect(await statusOf()).toBe('draft');
  });

  it('offers the existing English as target on the next export', async () => {
    const { xml } = await exportXliff(`locale=en&documentIds=${id}`);
    expect(xml).toContain('<target>Bridge closed</target>');
  });

  it('warns and marks the translation outdated when the German changed since the export', async () => {
    const { xml } = await exportXliff(`locale=en&documentIds=${id}`);
    await updateDraft(app.strapi, id, { lead: 'Die Brücke ist bis Freitag gesperrt.' });
    const res = await importXliff(
      translate(xml, [...ENGLISH, ['Bridge closed', 'Bridge closed!']])
    );
    expect(res.status).toBe(200);
    expect(res.body.releases[0].warnings).toEqual([
      'The German text changed since this file was exported: the translation is marked outdated; compare it with the German.',
    ]);
    expect((await draftOf(app.strapi, id, 'en')).title).toBe('Bridge closed!');
    expect(await statusOf()).toBe('outdated');
  });

  it('changes nothing at all when one unit of the file is wrong, and says where', async () => {
    const enBefore = await draftOf(app.strapi, id, 'en');
    const other = await createRelease(app.strapi, { title: 'Zweite Meldung' });
    const { xml } = await exportXliff(`locale=en&documentIds=${other},${id}`);
    const broken = translate(xml, [['Zweite Meldung', 'Second release'], ...ENGLISH]).replace(
      '<g id="2" ctype="link">map</g>',
      '<g id="7" ctype="link">map</g>'
    );
    const res = await importXliff(broken);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /^The file was not imported; nothing changed\. 1 problem: Unit "body\.1" \(line \d+\): inline code <g id="7"> is not in the source text$/
    );
    expect(await draftOf(app.strapi, other, 'en')).toBeNull();
    expect(await draftOf(app.strapi, id, 'en')).toEqual(enBefore);
  });

  it.each([
    [
      'a file aimed at German',
      (xml: string) => xml.replace('target-language="en"', 'target-language="de"'),
      'target-language "de" is not a translation language (en)',
    ],
    [
      'a file from another language',
      (xml: string) => xml.replace('source-language="de"', 'source-language="fr"'),
      'source-language is "fr"',
    ],
    [
      'an unknown release',
      (xml: string) => xml.replace(`press-release/${id}`, 'press-release/nosuchrelease'),
      'there is no release nosuchrelease',
    ],
    [
      'an external entity',
      (xml: string) =>
        xml.replace(
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        ),
      'A DOCTYPE is not allowed in an XLIFF file (line 2)',
    ],
    ['something that is not XML', () => 'Bridge closed', 'not well-formed XML'],
  ])('refuses %s and changes nothing', async (_name, mangle, message) => {
    const germanBefore = await draftOf(app.strapi, id, 'de');
    const enBefore = await draftOf(app.strapi, id, 'en');
    const { xml } = await exportXliff(`locale=en&documentIds=${id}`);
    const res = await importXliff(mangle(translate(xml, ENGLISH)));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
    expect(await draftOf(app.strapi, id, 'de')).toEqual(germanBefore);
    expect(await draftOf(app.strapi, id, 'en')).toEqual(enBefore);
  });

  it('is for admin users with the import permission only', async () => {
    expect((await app.request().post('/newsroom-admin/xliff').send({ xliff: '<x/>' })).status).toBe(
      401
    );
  });
});
