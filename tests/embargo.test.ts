import { startApp, type TestApp } from './helpers/strapi';
import { asAdmin, loginAs, type AdminSession } from './helpers/admin';
import { RELEASE, createRelease, draftOf, translateRelease, updateDraft } from './helpers/content';
import { waitUntil } from './helpers/wait';

/**
 * Embargo schedules: a release scheduled for its embargo is published by the newsroom at that
 * instant, German and the current English together, and stays out of every public surface before.
 */

let app: TestApp;
let officer: AdminSession;
let translator: AdminSession;

beforeAll(async () => {
  app = await startApp({ SCHEDULER_POLL_MS: '250' });
  officer = await loginAs(app, 'pressOfficer');
  translator = await loginAs(app, 'translator');
});

afterAll(async () => {
  await app?.stop();
});

const schedule = (id: string, body: object = {}, session = officer) =>
  asAdmin(app, session).post(`/newsroom-admin/schedule/${id}`, body);
const isPublished = async (id: string, locale: string) =>
  (await app.strapi
    .documents(RELEASE)
    .findOne({ documentId: id, locale, status: 'published', fields: ['documentId'] } as never)) !==
  null;
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

describe('scheduling a release for its embargo', () => {
  it('publishes German and current English within 5 seconds of the embargo, not before', async () => {
    const id = await createRelease(app.strapi, {
      title: 'Sperrfrist Rathaus',
      dateline: 'Leipzig',
    });
    await translateRelease(app.strapi, id, { title: 'Embargo town hall' });
    const until = inSeconds(4);
    const res = await schedule(id, { embargoUntil: until });
    expect(res.status).toBe(200);
    expect(res.body.schedule).toMatchObject({ state: 'pending', runAt: until });
    expect((await draftOf(app.strapi, id)).embargoUntil).toBe(until);
    expect(await isPublished(id, 'de')).toBe(false);
    expect((await app.request().get('/feeds/de/rss.xml')).text).not.toContain('Sperrfrist Rathaus');

    expect(await waitUntil(() => isPublished(id, 'de'), 10000)).toBe(true);
    const published = (await app.strapi.documents(RELEASE).findOne({
      documentId: id,
      locale: 'de',
      status: 'published',
    } as never)) as unknown as { publishedAt: string };
    const lateMs = new Date(published.publishedAt).getTime() - new Date(until).getTime();
    expect(lateMs).toBeGreaterThanOrEqual(0);
    expect(lateMs).toBeLessThan(5000);
    expect(await isPublished(id, 'en')).toBe(true);
    const shown = await asAdmin(app, officer).get(`/newsroom-admin/schedule/${id}`);
    expect(shown.body.schedule).toMatchObject({ state: 'done', published: ['de', 'en'] });
    expect((await app.request().get('/feeds/en/rss.xml')).text).toContain('Embargo town hall');
  });

  it('publishes German alone when the English is outdated at the instant', async () => {
    const id = await createRelease(app.strapi, { title: 'Nur Deutsch', dateline: 'Leipzig' });
    await translateRelease(app.strapi, id, { title: 'Only German' });
    await updateDraft(app.strapi, id, { title: 'Nur Deutsch, geändert' });
    expect((await schedule(id, { embargoUntil: inSeconds(2) })).status).toBe(200);
    expect(await waitUntil(() => isPublished(id, 'de'), 8000)).toBe(true);
    expect(await isPublished(id, 'en')).toBe(false);
  });

  it('takes Leipzig wall-clock time and refuses times that do not exist or happen twice', async () => {
    const id = await createRelease(app.strapi, { title: 'Zeitumstellung', dateline: 'Leipzig' });
    const winter = await schedule(id, { embargoUntil: '2030-01-15T10:00' });
    expect(winter.status).toBe(200);
    expect(winter.body.schedule.runAt).toBe('2030-01-15T09:00:00.000Z');
    expect(winter.body.schedule.runAtLocal).toBe('15. Januar 2030 um 10:00 MEZ');
    const summer = await schedule(id, { embargoUntil: '2030-07-15T10:00' });
    expect(summer.body.schedule.runAt).toBe('2030-07-15T08:00:00.000Z');

    const gap = await schedule(id, { embargoUntil: '2030-03-31T02:30' });
    expect(gap.status).toBe(400);
    expect(gap.body.error.message).toMatch(/does not exist in Leipzig/);
    const twice = await schedule(id, { embargoUntil: '2030-10-27T02:30' });
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toMatch(/happens twice/);
    const explicit = await schedule(id, { embargoUntil: '2030-10-27T02:30+01:00' });
    expect(explicit.body.schedule.runAt).toBe('2030-10-27T01:30:00.000Z');
    // A refused time changed nothing: the last valid schedule stands.
    expect((await draftOf(app.strapi, id)).embargoUntil).toBe('2030-10-27T01:30:00.000Z');
  });

  it('refuses what cannot be scheduled, with a reason, and changes nothing', async () => {
    const noEmbargo = await createRelease(app.strapi, { title: 'Ohne Sperrfrist' });
    const res = await schedule(noEmbargo);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Set the embargo/);
    const past = await schedule(noEmbargo, { embargoUntil: '2020-01-01T10:00' });
    expect(past.status).toBe(400);
    expect(past.body.error.message).toMatch(/must lie in the future/);
    const garbage = await schedule(noEmbargo, { embargoUntil: 'morgen früh' });
    expect(garbage.status).toBe(400);
    expect(garbage.body.error.message).toMatch(/is not a date and time/);
    const notReady = await createRelease(app.strapi, { title: 'Ohne Lead', lead: '' });
    const blocked = await schedule(notReady, { embargoUntil: '2030-01-15T10:00' });
    expect(blocked.status).toBe(400);
    expect(blocked.body.error.message).toMatch(/Not ready to publish/);
    expect((await asAdmin(app, officer).get(`/newsroom-admin/schedule/${notReady}`)).body).toEqual({
      schedule: null,
    });
    expect((await schedule(noEmbargo, {}, translator)).status).toBe(403);
  });

  it('follows an edited embargo and cancels when the embargo is removed', async () => {
    const id = await createRelease(app.strapi, { title: 'Verschoben', dateline: 'Leipzig' });
    await schedule(id, { embargoUntil: '2030-05-01T09:00' });
    await updateDraft(app.strapi, id, { embargoUntil: '2030-05-02T07:00:00.000Z' });
    let shown = await asAdmin(app, officer).get(`/newsroom-admin/schedule/${id}`);
    expect(shown.body.schedule).toMatchObject({
      state: 'pending',
      runAt: '2030-05-02T07:00:00.000Z',
    });
    await updateDraft(app.strapi, id, { embargoUntil: null });
    shown = await asAdmin(app, officer).get(`/newsroom-admin/schedule/${id}`);
    expect(shown.body.schedule).toMatchObject({ state: 'cancelled' });
  });

  it('cancels when the release is deleted', async () => {
    const id = await createRelease(app.strapi, { title: 'Gelöscht', dateline: 'Leipzig' });
    await schedule(id, { embargoUntil: '2030-05-01T09:00' });
    await app.strapi.documents(RELEASE).delete({ documentId: id, locale: '*' } as never);
    const shown = await asAdmin(app, officer).get(`/newsroom-admin/schedule/${id}`);
    expect(shown.body.schedule).toMatchObject({
      state: 'cancelled',
      error: 'the release was deleted',
    });
  });

  it('cancels by hand', async () => {
    const id = await createRelease(app.strapi, { title: 'Abgesagt', dateline: 'Leipzig' });
    await schedule(id, { embargoUntil: '2030-05-01T09:00' });
    const res = await asAdmin(app, officer).del(`/newsroom-admin/schedule/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.schedule.state).toBe('cancelled');
  });
});
