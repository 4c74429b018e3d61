import { startApp, type TestApp } from './helpers/strapi';
import { CM_RELEASES, asAdmin, loginAs, type AdminSession } from './helpers/admin';
import {
  RELEASE,
  createRelease,
  translateRelease,
  updateDraft,
  uploadPng,
} from './helpers/content';

/** Publishing German and English together, and the readiness checks that guard every publish. */

let app: TestApp;
let officer: AdminSession;
let translator: AdminSession;

beforeAll(async () => {
  app = await startApp();
  officer = await loginAs(app, 'pressOfficer');
  translator = await loginAs(app, 'translator');
});

afterAll(async () => {
  await app?.stop();
});

const publishedLocales = async (documentId: string) =>
  (await app.strapi.documents(RELEASE).findMany({
    locale: '*',
    status: 'published',
    filters: { documentId },
  } as never)) as unknown as {
    locale: string;
    publishedAt: string;
  }[];
const publishTogether = (documentId: string, body: object = {}, session = officer) =>
  asAdmin(app, session).post(`/newsroom-admin/publish/${documentId}`, body);

describe('publishing German and English together', () => {
  it('publishes both in one action when the English is current', async () => {
    const id = await createRelease(app.strapi, { title: 'Gemeinsam', dateline: 'Leipzig' });
    await translateRelease(app.strapi, id, { title: 'Together' });
    const res = await publishTogether(id);
    expect(res.status).toBe(200);
    expect(res.body.published).toEqual(['de', 'en']);
    const published = await publishedLocales(id);
    expect(published.map((p) => p.locale).sort()).toEqual(['de', 'en']);
    const feed = await app.request().get('/feeds/en/rss.xml');
    expect(feed.text).toContain('Together');
  });

  it('asks before publishing German alone when the English is outdated, then does so on confirmation', async () => {
    const id = await createRelease(app.strapi, { title: 'Veraltet' });
    await translateRelease(app.strapi, id, { title: 'Outdated' });
    await updateDraft(app.strapi, id, { title: 'Veraltet, geändert' });
    const asked = await publishTogether(id);
    expect(asked.status).toBe(400);
    expect(asked.body.error.message).toBe(
      'en is outdated: publish de alone? Confirm with sourceOnly.'
    );
    expect(await publishedLocales(id)).toEqual([]);
    const confirmed = await publishTogether(id, { sourceOnly: true });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.published).toEqual(['de']);
    expect(confirmed.body.warnings).toContain('Translation not current: en outdated.');
    expect((await publishedLocales(id)).map((p) => p.locale)).toEqual(['de']);
  });

  it('also tells when there is no English at all', async () => {
    const id = await createRelease(app.strapi, { title: 'Nur Deutsch' });
    const asked = await publishTogether(id);
    expect(asked.status).toBe(400);
    expect(asked.body.error.message).toBe(
      'en is missing: publish de alone? Confirm with sourceOnly.'
    );
    const res = await publishTogether(id, { sourceOnly: true });
    expect(res.status).toBe(200);
    expect(res.body.published).toEqual(['de']);
  });

  it('never lets a translator publish', async () => {
    const id = await createRelease(app.strapi, { title: 'Nicht für Übersetzer' });
    await translateRelease(app.strapi, id, { title: 'Not for translators' });
    const res = await publishTogether(id, {}, translator);
    expect(res.status).toBe(403);
    expect(await publishedLocales(id)).toEqual([]);
  });
});

describe('readiness checks', () => {
  it('lists the checks for the edit view', async () => {
    const id = await createRelease(app.strapi, { title: 'Ohne Ortsmarke' });
    const res = await asAdmin(app, officer).get(`/newsroom-admin/readiness/${id}?locale=de`);
    expect(res.status).toBe(200);
    const byName = Object.fromEntries(res.body.checks.map((c: { name: string }) => [c.name, c]));
    expect(byName.dateline).toMatchObject({ ok: false, severity: 'warn' });
    expect(byName.contact).toMatchObject({
      ok: false,
      severity: 'warn',
      message: 'Add at least one press contact.',
    });
    expect(byName.translation).toMatchObject({
      ok: false,
      message: 'Translation not current: en missing.',
    });
  });

  it('blocks every publish, also the Content Manager button, while an image lacks alt text or credit', async () => {
    const file = await uploadPng(app.strapi);
    const id = await createRelease(app.strapi, {
      title: 'Bild ohne Nachweis',
      images: [{ file, caption: 'Bild', alt: 'Ein Bild' }],
    });
    const cm = await asAdmin(app, officer).post(
      `${CM_RELEASES}/${id}/actions/publish?locale=de`,
      {}
    );
    expect(cm.status).toBe(400);
    expect(cm.body.error.message).toBe(
      'Not ready to publish (de): Complete the images: image 1 has no photo credit.'
    );
    expect((await publishTogether(id, { sourceOnly: true })).status).toBe(400);
    expect(await publishedLocales(id)).toEqual([]);
  });

  it('follows the configuration: a warning can be made to block', async () => {
    const id = await createRelease(app.strapi, { title: 'Ohne Kontakt', dateline: 'Leipzig' });
    app.strapi.config.set('plugin::newsroom.readiness.contact', 'block');
    try {
      const res = await publishTogether(id, { sourceOnly: true });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'Not ready to publish (de): Add at least one press contact.'
      );
    } finally {
      app.strapi.config.set('plugin::newsroom.readiness.contact', 'warn');
    }
  });
});
