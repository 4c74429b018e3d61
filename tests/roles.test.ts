import { startApp, type TestApp } from './helpers/strapi';
import { CM_RELEASES, asAdmin, loginAs, type AdminSession } from './helpers/admin';
import { createRelease, draftOf, paragraph, publish, updateDraft } from './helpers/content';

/**
 * The admin roles through the real Content Manager API: what a press officer and a translator can
 * do with a release in German (the source) and English (the translation).
 */

let app: TestApp;
let translator: AdminSession;
let officer: AdminSession;
let releaseId: string;

beforeAll(async () => {
  app = await startApp();
  translator = await loginAs(app, 'translator');
  officer = await loginAs(app, 'pressOfficer');
  releaseId = await createRelease(app.strapi, { title: 'Neue Radwege im Zentrum' });
  await publish(app.strapi, releaseId);
});

afterAll(async () => {
  await app?.stop();
});

const english = {
  title: 'New cycle lanes in the centre',
  lead: 'The city opens new cycle lanes.',
  body: paragraph('Details follow.'),
};

describe('Translator', () => {
  it('reads the German release', async () => {
    const res = await asAdmin(app, translator).get(`${CM_RELEASES}/${releaseId}?locale=de`);
    expect(res.status).toBe(200);
    expect(res.body.data.title).toBe('Neue Radwege im Zentrum');
  });

  it('cannot change the German text', async () => {
    const res = await asAdmin(app, translator).put(`${CM_RELEASES}/${releaseId}?locale=de`, {
      title: 'Vom Übersetzer geändert',
    });
    expect(res.status).toBe(403);
    expect((await draftOf(app.strapi, releaseId, 'de')).title).toBe('Neue Radwege im Zentrum');
  });

  it('cannot create a German release', async () => {
    const res = await asAdmin(app, translator).post(`${CM_RELEASES}?locale=de`, {
      title: 'Neu vom Übersetzer',
    });
    expect(res.status).toBe(403);
    const all = await app.strapi
      .documents('api::press-release.press-release')
      .findMany({ locale: 'de', status: 'draft' });
    expect(all).toHaveLength(1);
  });

  it('creates and edits the English version', async () => {
    const created = await asAdmin(app, translator).put(
      `${CM_RELEASES}/${releaseId}?locale=en`,
      english
    );
    expect(created.status).toBe(200);
    const edited = await asAdmin(app, translator).put(`${CM_RELEASES}/${releaseId}?locale=en`, {
      ...english,
      title: 'New cycle lanes in the city centre',
    });
    expect(edited.status).toBe(200);
    expect((await draftOf(app.strapi, releaseId, 'en')).title).toBe(
      'New cycle lanes in the city centre'
    );
    // The German text is untouched by the English save.
    expect((await draftOf(app.strapi, releaseId, 'de')).title).toBe('Neue Radwege im Zentrum');
  });

  it('cannot change shared fields (release number, dates, files) through the English version', async () => {
    await updateDraft(app.strapi, releaseId, { releaseNumber: 'PM 1/2026' });
    const before = await draftOf(app.strapi, releaseId, 'de');
    const res = await asAdmin(app, translator).put(`${CM_RELEASES}/${releaseId}?locale=en`, {
      ...english,
      releaseNumber: 'CHANGED BY TRANSLATOR',
      releaseDate: '2030-01-01T10:00:00.000Z',
    });
    expect(res.status).toBe(200);
    const german = await draftOf(app.strapi, releaseId, 'de');
    expect(german.releaseNumber).toBe('PM 1/2026');
    expect(german.releaseDate).toBe(before.releaseDate);
    expect(german.releaseDate).not.toBe('2030-01-01T10:00:00.000Z');
    expect(german.title).toBe('Neue Radwege im Zentrum');
  });

  it('cannot publish English or German, and cannot delete', async () => {
    const as = asAdmin(app, translator);
    for (const locale of ['en', 'de']) {
      expect(
        (await as.post(`${CM_RELEASES}/${releaseId}/actions/publish?locale=${locale}`)).status
      ).toBe(403);
      expect(
        (await as.post(`${CM_RELEASES}/${releaseId}/actions/unpublish?locale=${locale}`)).status
      ).toBe(403);
      expect((await as.del(`${CM_RELEASES}/${releaseId}?locale=${locale}`)).status).toBe(403);
    }
    const publishedEn = await app.strapi
      .documents('api::press-release.press-release')
      .findOne({ documentId: releaseId, locale: 'en', status: 'published' });
    expect(publishedEn).toBeNull();
  });
});

describe('Press officer', () => {
  it('creates, publishes, unpublishes and deletes releases in German and English', async () => {
    const as = asAdmin(app, officer);
    const created = await as.post(`${CM_RELEASES}?locale=de`, {
      title: 'Stadtfest am Wochenende',
      lead: 'Das Stadtfest beginnt am Samstag.',
      body: paragraph('Programm folgt.'),
    });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId as string;
    expect((await as.put(`${CM_RELEASES}/${id}?locale=en`, english)).status).toBe(200);
    for (const locale of ['de', 'en']) {
      const res = await as.post(`${CM_RELEASES}/${id}/actions/publish?locale=${locale}`);
      expect(res.status).toBe(200);
    }
    const publicList = await app.request().get('/api/press-releases?locale=en');
    expect(publicList.body.data.map((r: { documentId: string }) => r.documentId)).toContain(id);

    expect((await as.post(`${CM_RELEASES}/${id}/actions/unpublish?locale=en`)).status).toBe(200);
    const afterUnpublish = await app.request().get('/api/press-releases?locale=en');
    expect(afterUnpublish.body.data.map((r: { documentId: string }) => r.documentId)).not.toContain(
      id
    );

    expect((await as.del(`${CM_RELEASES}/${id}?locale=en`)).status).toBe(200);
    expect(await draftOf(app.strapi, id, 'en')).toBeNull();
  });

  it('manages categories, districts and contacts', async () => {
    const as = asAdmin(app, officer);
    const cm = '/content-manager/collection-types';
    expect(
      (await as.post(`${cm}/api::category.category?locale=de`, { name: 'Kultur' })).status
    ).toBe(201);
    expect((await as.post(`${cm}/api::district.district?locale=de`, { name: 'Nord' })).status).toBe(
      201
    );
    const contact = await as.post(`${cm}/api::press-contact.press-contact?locale=de`, {
      name: 'Max Muster',
      email: 'max@example.org',
    });
    expect(contact.status).toBe(201);
  });
});

describe('roles are idempotent', () => {
  it('re-running bootstrap keeps one role of each and the same permissions', async () => {
    const count = async () =>
      app.strapi.db
        .query('admin::permission')
        .count({ where: { role: { code: 'newsroom-translator' } } });
    const before = await count();
    const { ensureAdminRoles } = await import('../src/bootstrap/admin-roles');
    await ensureAdminRoles(app.strapi);
    await ensureAdminRoles(app.strapi);
    expect(await count()).toBe(before);
    const roles = await app.strapi.db
      .query('admin::role')
      .findMany({ where: { code: { $startsWith: 'newsroom-' } } });
    expect(roles.map((r: { name: string }) => r.name).sort()).toEqual([
      'Press officer',
      'Translator',
    ]);
  });
});
