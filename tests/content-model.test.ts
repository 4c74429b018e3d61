import { startApp, type TestApp } from './helpers/strapi';
import { CM_RELEASES, asAdmin, loginAs, type AdminSession } from './helpers/admin';
import {
  CONTACT,
  createRelease,
  draftOf,
  inFuture,
  paragraph,
  publish,
  updateDraft,
  uploadPng,
} from './helpers/content';

/**
 * The content model and its validation as an editor meets it in the admin panel: each mistake
 * gets a message naming the field in plain words, and nothing is saved.
 */

let app: TestApp;
let officer: AdminSession;

beforeAll(async () => {
  app = await startApp();
  officer = await loginAs(app, 'pressOfficer');
});

afterAll(async () => {
  await app?.stop();
});

const valid = {
  title: 'Neue Spielplätze im Leipziger Osten',
  lead: 'Die Stadt eröffnet drei neue Spielplätze.',
  body: paragraph('Die Spielplätze liegen in Ost und Nordost.'),
};

type ErrorBody = {
  error: {
    status: number;
    message: string;
    details: { errors: { path: string[]; message: string }[] };
  };
};

const fieldErrors = (body: ErrorBody) =>
  Object.fromEntries(body.error.details.errors.map((e) => [e.path.join('.'), e.message]));

const countReleases = async () =>
  (
    await app.strapi
      .documents('api::press-release.press-release')
      .findMany({ locale: 'de', status: 'draft' })
  ).length;

describe('press release', () => {
  it('saves a valid release with every field of the model', async () => {
    const res = await asAdmin(app, officer).post(`${CM_RELEASES}?locale=de`, {
      ...valid,
      subtitle: 'Drei Standorte, 1,2 Millionen Euro',
      dateline: 'Leipzig',
      releaseNumber: 'PM 123/2025',
      releaseDate: '2025-05-07T08:00:00.000Z',
      corrections: [{ date: '2025-05-08T08:00:00.000Z', note: 'Standort korrigiert.' }],
    });
    expect(res.status).toBe(201);
    const saved = res.body.data;
    expect(saved).toMatchObject({
      title: valid.title,
      subtitle: 'Drei Standorte, 1,2 Millionen Euro',
      dateline: 'Leipzig',
      releaseNumber: 'PM 123/2025',
      releaseDate: '2025-05-07T08:00:00.000Z',
      slug: 'neue-spielplaetze-im-leipziger-osten',
      locale: 'de',
    });
    expect(saved.corrections[0].note).toBe('Standort korrigiert.');
  });

  it('refuses a headline over 200 and a lead over 600 characters, saying by how much', async () => {
    const before = await countReleases();
    const res = await asAdmin(app, officer).post(`${CM_RELEASES}?locale=de`, {
      ...valid,
      title: 'Ü'.repeat(201),
      lead: 'x'.repeat(601),
    });
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body)).toEqual({
      title: 'The headline is 201 characters long; keep it to 200 or fewer.',
      lead: 'The lead is 601 characters long; keep it to 600 or fewer.',
    });
    expect(await countReleases()).toBe(before);
  });

  it('lets a draft be incomplete but refuses to publish it without headline, lead and body', async () => {
    const draft = await asAdmin(app, officer).post(`${CM_RELEASES}?locale=de`, {
      title: 'Nur ein Titel',
    });
    expect(draft.status).toBe(201);
    const id = draft.body.data.documentId;
    const res = await asAdmin(app, officer).post(
      `${CM_RELEASES}/${id}/actions/publish?locale=de`,
      {}
    );
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body)).toMatchObject({
      lead: 'Write a lead (the opening paragraph) before publishing.',
      body: 'Write the body text before publishing.',
    });
    const published = await app.strapi
      .documents('api::press-release.press-release')
      .findOne({ documentId: id, locale: 'de', status: 'published' });
    expect(published).toBeNull();
  });

  it('sets the release date on first publish when it is empty, for both languages', async () => {
    const id = await createRelease(app.strapi, { ...valid, title: 'Ohne Datum' });
    const before = Date.now();
    await publish(app.strapi, id);
    const published = await app.strapi
      .documents('api::press-release.press-release')
      .findOne({ documentId: id, locale: 'de', status: 'published' });
    const date = new Date(published!.releaseDate as string).getTime();
    expect(date).toBeGreaterThanOrEqual(before - 1000);
    expect(date).toBeLessThanOrEqual(Date.now());
  });

  it('keeps a release date the editor set', async () => {
    const id = await createRelease(app.strapi, {
      ...valid,
      title: 'Mit Datum',
      releaseDate: '2025-05-07T08:00:00.000Z',
    });
    await publish(app.strapi, id);
    expect((await draftOf(app.strapi, id)).releaseDate).toBe('2025-05-07T08:00:00.000Z');
  });

  it('shows the slug and embargo rules as hints in the edit view', async () => {
    const res = await asAdmin(app, officer).get(
      '/content-manager/content-types/api::press-release.press-release/configuration'
    );
    expect(res.status).toBe(200);
    const metadatas = res.body.data.contentType.metadatas;
    expect(metadatas.slug.edit.description).toMatch(/Nach der Veröffentlichung fest/);
    expect(metadatas.embargoUntil.edit.description).toMatch(/Sperrfrist/);
    expect(res.body.data.contentType.layouts.list).toEqual([
      'title',
      'releaseDate',
      'releaseNumber',
      'embargoUntil',
    ]);
  });

  it('refuses to blank the headline of a saved draft', async () => {
    const id = await createRelease(app.strapi, { ...valid, title: 'Ein Titel' });
    const res = await asAdmin(app, officer).put(`${CM_RELEASES}/${id}?locale=de`, { title: '   ' });
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body)).toEqual({ title: 'The headline cannot be blank.' });
    expect((await draftOf(app.strapi, id)).title).toBe('Ein Titel');
  });

  it('refuses an embargo in the past on an unpublished release', async () => {
    const res = await asAdmin(app, officer).post(`${CM_RELEASES}?locale=de`, {
      ...valid,
      embargoUntil: '2020-01-01T09:00:00.000Z',
    });
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body).embargoUntil).toBe(
      'The embargo must lie in the future; 2020-01-01T09:00:00.000Z has already passed.'
    );
  });

  it('accepts an embargo in the future and refuses to publish before it ends', async () => {
    const id = await createRelease(app.strapi, {
      ...valid,
      title: 'Unter Sperrfrist',
      embargoUntil: inFuture(1),
    });
    const res = await asAdmin(app, officer).post(
      `${CM_RELEASES}/${id}/actions/publish?locale=de`,
      {}
    );
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body).embargoUntil).toMatch(
      /under embargo until .* cannot be published before then/
    );
    const publicList = await app.request().get('/api/press-releases?locale=de');
    expect(publicList.text).not.toContain('Unter Sperrfrist');
  });

  it('keeps a stored embargo that has since passed from blocking later edits', async () => {
    const id = await createRelease(app.strapi, {
      ...valid,
      title: 'Sperrfrist vorbei',
      embargoUntil: inFuture(1),
    });
    // The embargo passes (time moves on); the stored value is now in the past.
    await app.strapi.db.query('api::press-release.press-release').updateMany({
      where: { documentId: id },
      data: { embargoUntil: new Date(Date.now() - 60000) },
    });
    await updateDraft(app.strapi, id, { lead: 'Neuer Vorspann.' });
    await publish(app.strapi, id);
    expect((await draftOf(app.strapi, id)).lead).toBe('Neuer Vorspann.');
  });

  it('refuses a correction without date or note', async () => {
    const res = await asAdmin(app, officer).post(`${CM_RELEASES}?locale=de`, {
      ...valid,
      corrections: [{ note: '' }],
    });
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body)).toEqual({
      'corrections.0.note': 'Say what was corrected.',
      'corrections.0.date': 'Give the date of the correction.',
    });
  });

  it('stores images with caption, alt text, credit and licence, and attachments', async () => {
    const file = { id: await uploadPng(app.strapi, 'plan.png') };
    const id = await createRelease(app.strapi, {
      ...valid,
      title: 'Mit Bild',
      images: [
        {
          file: file.id,
          caption: 'Der neue Spielplatz',
          alt: 'Kinder auf einer Rutsche',
          credit: 'Stadt Leipzig',
          licence: 'CC BY 4.0',
        },
      ],
      attachments: [file.id],
    });
    const saved = (await app.strapi.documents('api::press-release.press-release').findOne({
      documentId: id,
      locale: 'de',
      status: 'draft',
      populate: { images: { populate: ['file'] }, attachments: true },
    })) as unknown as {
      images: {
        caption: string;
        credit: string;
        licence: string;
        alt: string;
        file: { id: number };
      }[];
      attachments: { id: number }[];
    };
    expect(saved.images[0]).toMatchObject({
      caption: 'Der neue Spielplatz',
      alt: 'Kinder auf einer Rutsche',
      credit: 'Stadt Leipzig',
      licence: 'CC BY 4.0',
    });
    expect(saved.images[0].file.id).toBe(file.id);
    expect(saved.attachments.map((a) => a.id)).toEqual([file.id]);
  });
});

describe('press contact', () => {
  const cm = '/content-manager/collection-types/api::press-contact.press-contact?locale=de';

  it('refuses a malformed e-mail address and phone number, and saves nothing', async () => {
    const before = (await app.strapi.documents(CONTACT).findMany({ locale: 'de' })).length;
    const res = await asAdmin(app, officer).post(cm, {
      name: 'Max Muster',
      email: 'max@',
      phone: 'call me',
    });
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body)).toEqual({
      email: '"max@" is not a valid e-mail address.',
      phone: '"call me" is not a phone number; write it like +49 341 123-4567.',
    });
    expect((await app.strapi.documents(CONTACT).findMany({ locale: 'de' })).length).toBe(before);
  });

  it('accepts German and international phone formats', async () => {
    for (const phone of ['+49 341 123-4567', '0341 / 123 45 67', '(0341) 1234567']) {
      const res = await asAdmin(app, officer).post(cm, {
        name: 'Max Muster',
        email: 'max@example.org',
        phone,
      });
      expect(res.status).toBe(201);
    }
  });

  it('asks for a name and an e-mail address', async () => {
    const res = await asAdmin(app, officer).post(cm, {});
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body)).toEqual({
      name: 'Give the contact a name.',
      email: 'Give an e-mail address outlets can write to.',
    });
  });
});

describe('newsroom single type', () => {
  it('holds the organisation, boilerplate per locale, website and default contact', async () => {
    const contact = (await app.strapi
      .documents(CONTACT)
      .create({ locale: 'de', data: { name: 'Presse', email: 'presse@example.org' } })) as {
      documentId: string;
    };
    const single = '/content-manager/single-types/api::newsroom.newsroom';
    const de = await asAdmin(app, officer).put(`${single}?locale=de`, {
      organisationName: 'Stadt Leipzig',
      boilerplate: 'Leipzig ist die größte Stadt Sachsens.',
      website: 'https://www.leipzig.de',
      defaultContact: contact.documentId,
    });
    expect(de.status).toBe(200);
    const en = await asAdmin(app, officer).put(`${single}?locale=en`, {
      organisationName: 'City of Leipzig',
      boilerplate: "Leipzig is Saxony's largest city.",
    });
    expect(en.status).toBe(200);
    const pub = await app.request().get('/api/newsroom?locale=en');
    expect(pub.status).toBe(200);
    expect(pub.body.data).toMatchObject({
      organisationName: 'City of Leipzig',
      website: 'https://www.leipzig.de',
    });
  });
});
