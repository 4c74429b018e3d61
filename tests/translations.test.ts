import { startApp, type TestApp } from './helpers/strapi';
import { CM_RELEASES, asAdmin, loginAs, type AdminSession } from './helpers/admin';
import {
  createRelease,
  inFuture,
  paragraph,
  publish,
  translateRelease,
  updateDraft,
} from './helpers/content';
import { startSecondInstance } from './helpers/second-instance';

/**
 * Translation status per release and target language: missing, draft, outdated, current — through
 * the real admin API, after real saves by a press officer and a translator.
 */

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

type Listing = {
  results: { documentId: string; title: string; status: string }[];
  counts: Record<string, number>;
  pagination: { total: number; pageCount: number };
};

const list = async (query = '', session = translator): Promise<Listing> => {
  const res = await asAdmin(app, session).get(`/newsroom-admin/translations?locale=en${query}`);
  expect(res.status).toBe(200);
  return res.body;
};
const statusOf = async (documentId: string) =>
  (await list()).results.find((r) => r.documentId === documentId)?.status;
const detail = async (documentId: string) =>
  (await asAdmin(app, translator).get(`/newsroom-admin/translations/${documentId}?locale=en`)).body;

const english = {
  title: 'Bridge closed',
  lead: 'The bridge is closed.',
  body: paragraph('Details.'),
};

describe('status transitions', () => {
  let id: string;

  it('is missing while there is no English version', async () => {
    id = await createRelease(app.strapi, { title: 'Brücke gesperrt' });
    expect(await statusOf(id)).toBe('missing');
  });

  it('is draft once the translator saves English, current once it is published', async () => {
    const saved = await asAdmin(app, translator).put(`${CM_RELEASES}/${id}?locale=en`, english);
    expect(saved.status).toBe(200);
    expect(await statusOf(id)).toBe('draft');
    await asAdmin(app, officer).post(`${CM_RELEASES}/${id}/actions/publish?locale=de`);
    const published = await asAdmin(app, officer).post(
      `${CM_RELEASES}/${id}/actions/publish?locale=en`
    );
    expect(published.status).toBe(200);
    expect(await statusOf(id)).toBe('current');
  });

  it('turns outdated when the German text changes, and shows what changed', async () => {
    await updateDraft(app.strapi, id, { title: 'Brücke bis Freitag gesperrt' });
    expect(await statusOf(id)).toBe('outdated');
    expect((await detail(id)).changes).toEqual([
      { field: 'title', before: 'Brücke gesperrt', after: 'Brücke bis Freitag gesperrt' },
    ]);
  });

  it('is current again when the German returns to the exact text the English was made from', async () => {
    await updateDraft(app.strapi, id, { title: 'Brücke gesperrt' });
    expect(await statusOf(id)).toBe('current');
  });

  it('ignores changes that are not text (dates, categories, release number)', async () => {
    await updateDraft(app.strapi, id, {
      releaseNumber: 'PM 9/2026',
      releaseDate: '2026-01-01T10:00:00.000Z',
    });
    expect(await statusOf(id)).toBe('current');
  });

  it('is current after the translator saves English against the changed German', async () => {
    await updateDraft(app.strapi, id, { lead: 'Die Brücke ist bis Freitag gesperrt.' });
    expect(await statusOf(id)).toBe('outdated');
    await asAdmin(app, translator).put(`${CM_RELEASES}/${id}?locale=en`, {
      ...english,
      lead: 'The bridge is closed until Friday.',
    });
    expect(await statusOf(id)).toBe('current');
    expect((await detail(id)).changes).toEqual([]);
  });

  it('is missing when the English is deleted, and gone when the release is deleted', async () => {
    await app.strapi
      .documents('api::press-release.press-release')
      .delete({ documentId: id, locale: 'en' });
    expect(await statusOf(id)).toBe('missing');
    await app.strapi
      .documents('api::press-release.press-release')
      .delete({ documentId: id, locale: '*' });
    expect(await statusOf(id)).toBeUndefined();
  });
});

describe('the list', () => {
  beforeAll(async () => {
    for (let n = 1; n <= 5; n += 1) {
      const id = await createRelease(app.strapi, { title: `Meldung ${n}` });
      if (n % 2 === 0) await translateRelease(app.strapi, id, { title: `Release ${n}` });
      if (n === 4) await publish(app.strapi, id, 'en');
    }
  });

  it('counts every status and filters, searches and pages', async () => {
    const all = await list();
    expect(all.counts).toEqual({ missing: 3, outdated: 0, draft: 1, current: 1 });
    expect((await list('&status=missing')).results.map((r) => r.title)).toEqual([
      'Meldung 5',
      'Meldung 3',
      'Meldung 1',
    ]);
    expect((await list('&q=meldung 4')).results.map((r) => r.status)).toEqual(['current']);
    const page = await list('&pageSize=2&page=2');
    expect(page.results).toHaveLength(2);
    expect(page.pagination).toMatchObject({ total: 5, pageCount: 3 });
  });

  it('shows the state of the German: draft, published, modified, scheduled', async () => {
    const draft = await createRelease(app.strapi, { title: 'Zustand Entwurf' });
    const published = await createRelease(app.strapi, { title: 'Zustand veröffentlicht' });
    await publish(app.strapi, published);
    const modified = await createRelease(app.strapi, { title: 'Zustand geändert' });
    await publish(app.strapi, modified);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await updateDraft(app.strapi, modified, { lead: 'Neuer Vorspann' });
    const scheduled = await createRelease(app.strapi, {
      title: 'Zustand geplant',
      embargoUntil: inFuture(2),
    });
    const states = Object.fromEntries(
      (await list('&q=Zustand')).results.map((r) => [
        r.documentId,
        (r as { sourceState?: string }).sourceState,
      ])
    );
    expect(states).toEqual({
      [draft]: 'draft',
      [published]: 'published',
      [modified]: 'modified',
      [scheduled]: 'scheduled',
    });
  });

  it('refuses bad parameters with a clear message', async () => {
    for (const [query, message] of [
      ['&status=lost', 'status must be one of: missing, outdated, draft, current.'],
      ['&pageSize=500', 'pageSize must be a whole number from 1 to 100.'],
    ]) {
      const res = await asAdmin(app, translator).get(
        `/newsroom-admin/translations?locale=en${query}`
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(message);
    }
    const german = await asAdmin(app, translator).get('/newsroom-admin/translations?locale=de');
    expect(german.status).toBe(400);
    expect(german.body.error.message).toBe('locale must be one of the translation languages: en.');
  });

  it('is for admin users only', async () => {
    expect((await app.request().get('/newsroom-admin/translations?locale=en')).status).toBe(401);
  });

  it('survives a restart: another process reads the same statuses', async () => {
    const second = await startSecondInstance();
    try {
      const res = await fetch(`${second.url}/newsroom-admin/translations?locale=en`, {
        headers: { Authorization: `Bearer ${officer.token}` },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as Listing).counts).toEqual((await list()).counts);
    } finally {
      await second.stop();
    }
  });

  it('takes translations that existed before status tracking to match the current German', async () => {
    const id = await createRelease(app.strapi, { title: 'Vor der Statusverfolgung' });
    await translateRelease(app.strapi, id, { title: 'Before status tracking' });
    await app.strapi.db
      .query('plugin::newsroom.translation-status')
      .deleteMany({ where: { releaseId: id } });
    expect(await app.strapi.plugin('newsroom').service('translationStatus').backfill()).toBe(1);
    expect(await statusOf(id)).toBe('draft');
  });

  it('forgets a language removed from the newsroom', async () => {
    const locales = app.strapi.plugin('i18n').service('locales');
    const polish = await locales.create({ code: 'pl', name: 'Polski' });
    await app.strapi.db.query('plugin::newsroom.translation-status').create({
      data: { releaseId: 'x', targetLocale: 'pl', status: 'missing' },
    });
    await locales.delete({ id: polish.id });
    expect(
      await app.strapi.db
        .query('plugin::newsroom.translation-status')
        .count({ where: { targetLocale: 'pl' } })
    ).toBe(0);
  });
});
