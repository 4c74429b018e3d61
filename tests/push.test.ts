import { startApp, type TestApp } from './helpers/strapi';
import { asAdmin, loginAs, type AdminSession } from './helpers/admin';
import { startReceiver, type Receiver, type Received } from './helpers/receiver';
import { RELEASE, createRelease, publish, translateRelease, updateDraft } from './helpers/content';
import { verify } from '../src/plugins/newsroom/server/src/push/signature';

/**
 * Pushes to outlets (signed webhooks with ninjs payloads from the outbox) and to a WebSub hub,
 * received by real HTTP servers on loopback.
 */

const SECRET = 'outlet-secret-0123456789-abcdef';
const CM_OUTLETS = '/content-manager/collection-types/plugin::newsroom.outlet';

let app: TestApp;
let officer: AdminSession;
let outlet: Receiver;
let hub: Receiver;
let outletId: string;

beforeAll(async () => {
  outlet = await startReceiver();
  hub = await startReceiver();
  app = await startApp({
    WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
    WEBSUB_HUB: `${hub.url}/hub`,
    PUSH_POLL_MS: '100',
    PUSH_FIRST_RETRY_SECONDS: '0.2',
    PUSH_MAX_RETRY_SECONDS: '0.5',
    PUSH_RETRY_FOR_SECONDS: '3',
  });
  officer = await loginAs(app, 'pressOfficer');
  const created = await asAdmin(app, officer).post(CM_OUTLETS, {
    name: 'Leipziger Internet Zeitung',
    email: 'redaktion@example.org',
    languages: ['de', 'en'],
    active: true,
    webhookUrl: `${outlet.url}/hooks/newsroom`,
    webhookSecret: SECRET,
  });
  expect(created.status).toBe(201);
  outletId = created.body.data.documentId;
});

afterAll(async () => {
  await app?.stop();
  await outlet?.close();
  await hub?.close();
});

beforeEach(() => {
  outlet.received.length = 0;
  hub.received.length = 0;
  outlet.respond = () => 200;
});

const body = (r: Received) => JSON.parse(r.body);
const eventsFor = (id: string) => outlet.received.filter((r) => body(r).release === id);
const waitForEvent = async (id: string, event: string) => {
  const end = Date.now() + 10000;
  for (;;) {
    const hit = eventsFor(id).find((r) => body(r).event === event);
    if (hit) return hit;
    if (Date.now() > end) throw new Error(`no ${event} for ${id}: ${outlet.received.length} got`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('outlet webhooks', () => {
  it('sends a signed ninjs payload in both languages on publish', async () => {
    const id = await createRelease(app.strapi, {
      title: 'Brücke & <Straße> ]]> 🚲',
      dateline: 'Leipzig',
    });
    await translateRelease(app.strapi, id, { title: 'Bridge & <street> ]]> 🚲' });
    const res = await asAdmin(app, officer).post(`/newsroom-admin/publish/${id}`, {});
    expect(res.status).toBe(200);
    const hit = await waitForEvent(id, 'published');
    // Both languages were published in one transaction: one event, not two.
    await new Promise((r) => setTimeout(r, 500));
    expect(eventsFor(id)).toHaveLength(1);

    const signature = hit.headers['x-newsroom-signature'] as string;
    expect(verify(SECRET, hit.body, signature, Math.floor(Date.now() / 1000))).toBe(true);
    expect(verify('wrong-secret-wrong-secret-wrong', hit.body, signature, Date.now() / 1000)).toBe(
      false
    );
    expect(verify(SECRET, `${hit.body} `, signature, Math.floor(Date.now() / 1000))).toBe(false);
    expect(hit.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(hit.headers['x-newsroom-event']).toBe('published');
    expect(hit.headers['content-type']).toBe('application/json; charset=utf-8');

    const payload = body(hit);
    expect(payload.items.map((i: { language: string }) => i.language).sort()).toEqual(['de', 'en']);
    const de = payload.items.find((i: { language: string }) => i.language === 'de');
    expect(de).toMatchObject({
      uri: expect.stringMatching(new RegExp(`press-release/${id}/de$`)),
      pubstatus: 'usable',
      embargoed: null,
      headline: 'Brücke & <Straße> ]]> 🚲',
      located: 'Leipzig',
      type: 'text',
    });
    expect(de.versioncreated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(de.body_html).toContain('Body of Brücke &amp; &lt;Straße&gt; ]]&gt; 🚲');
  });

  it('sends corrected with the note, updated, and withdrawn (canceled) on unpublish', async () => {
    const id = await createRelease(app.strapi, { title: 'Korrigiert', dateline: 'Leipzig' });
    await publish(app.strapi, id);
    await waitForEvent(id, 'published');
    await updateDraft(app.strapi, id, {
      corrections: [{ date: new Date().toISOString(), note: 'Die Uhrzeit war falsch.' }],
    });
    await publish(app.strapi, id);
    const corrected = body(await waitForEvent(id, 'corrected'));
    expect(corrected.items[0].ednote).toContain('Die Uhrzeit war falsch.');
    expect(corrected.items[0].body_html).toContain('Die Uhrzeit war falsch.');
    await updateDraft(app.strapi, id, { subtitle: 'Neu' });
    await publish(app.strapi, id);
    await waitForEvent(id, 'updated');
    await app.strapi.documents(RELEASE).unpublish({ documentId: id, locale: 'de' } as never);
    const withdrawn = body(await waitForEvent(id, 'withdrawn'));
    expect(withdrawn.items).toHaveLength(1);
    expect(withdrawn.items[0]).toMatchObject({ pubstatus: 'canceled', headline: 'Korrigiert' });
    const keys = eventsFor(id).map((r) => r.headers['idempotency-key']);
    expect(new Set(keys).size).toBe(4);
  });

  it('retries a failing outlet with the same idempotency key and body', async () => {
    let calls = 0;
    outlet.respond = () => (++calls <= 2 ? 503 : 200);
    const id = await createRelease(app.strapi, { title: 'Wiederholt', dateline: 'Leipzig' });
    await publish(app.strapi, id);
    await outlet.waitFor(3);
    const attempts = eventsFor(id);
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((a) => a.headers['idempotency-key'])).size).toBe(1);
    expect(new Set(attempts.map((a) => a.body)).size).toBe(1);
    // Backoff: the second wait is longer than the first.
    const gaps = [attempts[1].at - attempts[0].at, attempts[2].at - attempts[1].at];
    expect(gaps[0]).toBeGreaterThanOrEqual(150);
    expect(gaps[1]).toBeGreaterThan(gaps[0] * 1.2);
    const view = await asAdmin(app, officer).get(`/newsroom-admin/outlets/${outletId}/deliveries`);
    const row = view.body.deliveries.find((d: { releaseId: string }) => d.releaseId === id);
    expect(row).toMatchObject({ state: 'delivered', attempts: 3, lastStatus: 200 });
    expect(row.log.map((l: { status: number }) => l.status)).toEqual([503, 503, 200]);
  });

  it('dead-letters after the retry window, and a resend by hand delivers with the same key', async () => {
    outlet.respond = () => 500;
    const id = await createRelease(app.strapi, { title: 'Aufgegeben', dateline: 'Leipzig' });
    await publish(app.strapi, id);
    const deadline = Date.now() + 15000;
    let row: { id: number; state: string; attempts: number } | undefined;
    while (Date.now() < deadline) {
      const view = await asAdmin(app, officer).get(
        `/newsroom-admin/outlets/${outletId}/deliveries`
      );
      row = view.body.deliveries.find((d: { releaseId: string }) => d.releaseId === id);
      if (row?.state === 'dead') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(row?.state).toBe('dead');
    const tries = eventsFor(id).length;
    expect(tries).toBeGreaterThan(2);
    await new Promise((r) => setTimeout(r, 800));
    expect(eventsFor(id)).toHaveLength(tries);

    outlet.respond = () => 200;
    const resent = await asAdmin(app, officer).post(`/newsroom-admin/deliveries/${row!.id}/resend`);
    expect(resent.status).toBe(200);
    await outlet.waitFor(tries + 1);
    const all = eventsFor(id);
    expect(new Set(all.map((a) => a.headers['idempotency-key'])).size).toBe(1);
  });

  it('forgets finished deliveries after PUSH_KEEP_DAYS, never waiting ones', async () => {
    const deliveries = app.strapi.db.query('plugin::newsroom.delivery');
    const old = new Date(Date.now() - 31 * 86400000);
    const [done] = (await deliveries.findMany({ where: { state: 'delivered' }, limit: 1 })) as {
      id: number;
    }[];
    const waiting = await deliveries.create({
      data: {
        kind: 'webhook',
        event: 'published',
        target: `${outlet.url}/never`,
        payload: '{}',
        idempotencyKey: 'waiting-since-long',
        state: 'pending',
        attempts: 3,
        nextAttemptAt: new Date(Date.now() + 86400000),
        giveUpAt: new Date(Date.now() + 86400000),
      },
    });
    // Age both rows past the retention (a direct update: Strapi sets updatedAt on every write).
    await app.strapi.db
      .connection('newsroom_deliveries')
      .whereIn('id', [done.id, waiting.id])
      .update({ updated_at: old });
    expect(await app.strapi.plugin('newsroom').service('outbox').purge()).toBe(1);
    expect(await deliveries.findOne({ where: { id: done.id } })).toBeNull();
    expect(await deliveries.findOne({ where: { id: waiting.id } })).not.toBeNull();
    await deliveries.delete({ where: { id: waiting.id } });
  });

  it('lets only outlet managers see deliveries and resend', async () => {
    const translator = await loginAs(app, 'translator');
    const view = await asAdmin(app, translator).get(
      `/newsroom-admin/outlets/${outletId}/deliveries`
    );
    expect(view.status).toBe(403);
    expect(
      (await asAdmin(app, translator).post('/newsroom-admin/deliveries/1/resend')).status
    ).toBe(403);
    expect((await app.request().get(`/newsroom-admin/outlets/${outletId}/deliveries`)).status).toBe(
      401
    );
  });

  it('sends nothing to an outlet that does not take the language', async () => {
    const english = await asAdmin(app, officer).post(CM_OUTLETS, {
      name: 'English Wire',
      email: 'desk@example.org',
      languages: ['en'],
      active: true,
      webhookUrl: `${outlet.url}/hooks/english`,
      webhookSecret: SECRET,
    });
    expect(english.status).toBe(201);
    const id = await createRelease(app.strapi, { title: 'Nur für deutsche Medien' });
    await publish(app.strapi, id);
    await waitForEvent(id, 'published');
    await new Promise((r) => setTimeout(r, 500));
    expect(eventsFor(id).map((r) => r.path)).toEqual(['/hooks/newsroom']);
  });
});

describe('WebSub', () => {
  it('advertises the hub and the exact self URL in Link headers and in every feed format', async () => {
    const rss = await app.request().get('/feeds/de/rss.xml?category=nothing-here');
    expect(rss.status).toBe(404);
    for (const file of ['rss.xml', 'atom.xml', 'feed.json']) {
      const res = await app.request().get(`/feeds/de/${file}`);
      const self = `http://localhost:1337/feeds/de/${file}`;
      expect(res.headers.link).toBe(`<${hub.url}/hub>; rel="hub", <${self}>; rel="self"`);
      const text = res.text;
      expect(text).toContain(`${hub.url}/hub`);
      expect(text).toContain(self);
    }
  });

  it('pings the hub for every feed the change affects', async () => {
    const id = await createRelease(app.strapi, { title: 'Hub-Ping', dateline: 'Leipzig' });
    await publish(app.strapi, id);
    await hub.waitFor(3);
    await new Promise((r) => setTimeout(r, 300));
    const topics = hub.received.map((r) => new URLSearchParams(r.body));
    expect(topics.every((t) => t.get('hub.mode') === 'publish')).toBe(true);
    expect(topics.map((t) => t.get('hub.url')).sort()).toEqual([
      'http://localhost:1337/feeds/de/atom.xml',
      'http://localhost:1337/feeds/de/feed.json',
      'http://localhost:1337/feeds/de/rss.xml',
    ]);
    expect(hub.received[0].headers['content-type']).toBe('application/x-www-form-urlencoded');
  });
});
