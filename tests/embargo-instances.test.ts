import { startApp, type TestApp } from './helpers/strapi';
import { startSecondInstance, type Instance } from './helpers/second-instance';
import { startReceiver, type Receiver } from './helpers/receiver';
import { asAdmin, loginAs, type AdminSession } from './helpers/admin';
import { RELEASE, createOutlet, createRelease } from './helpers/content';
import { waitUntil } from './helpers/wait';

/**
 * The schedule lives in the database: two instances publish each release exactly once, a
 * schedule survives a crash before its instant, and one that fell due while no instance ran is
 * published when the next one boots.
 */

let app: TestApp;
let officer: AdminSession;
let receiver: Receiver;
const instances: Instance[] = [];

beforeAll(async () => {
  receiver = await startReceiver();
  // The test's own instance schedules through its admin API but runs no scheduler itself.
  app = await startApp({
    SCHEDULER_ENABLED: 'false',
    PUSH_DELIVER: 'false',
    WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
  });
  officer = await loginAs(app, 'pressOfficer');
  await createOutlet(app.strapi, {
    name: 'dpa',
    webhookUrl: `${receiver.url}/dpa`,
    webhookSecret: 'dpa-secret-0123456789-abcdefgh',
  });
});

afterAll(async () => {
  for (const i of instances) await i.stop().catch(() => undefined);
  await app?.stop();
  await receiver?.close();
});

const start = async () => {
  const instance = await startSecondInstance({
    SCHEDULER_ENABLED: 'true',
    SCHEDULER_POLL_MS: '200',
    PUSH_DELIVER: 'true',
    PUSH_POLL_MS: '200',
  });
  instances.push(instance);
  return instance;
};
const schedule = async (id: string, at: Date) => {
  const res = await asAdmin(app, officer).post(`/newsroom-admin/schedule/${id}`, {
    embargoUntil: at.toISOString(),
  });
  // The body says why, should it ever fail.
  expect({ status: res.status, body: res.body }).toMatchObject({ status: 200 });
};
const publishedAt = async (id: string) =>
  (
    (await app.strapi.documents(RELEASE).findOne({
      documentId: id,
      locale: 'de',
      status: 'published',
      fields: ['publishedAt'],
    } as never)) as { publishedAt?: string } | null
  )?.publishedAt ?? null;
const deliveries = async () =>
  (await app.strapi.db.query('plugin::newsroom.delivery').findMany({
    where: { kind: 'webhook' },
  })) as { releaseId: string; event: string }[];

const exactlyOnce = async () => {
  const at = new Date(Date.now() + 6000);
  const ids: string[] = [];
  for (let n = 1; n <= 4; n += 1) {
    const id = await createRelease(app.strapi, { title: `Gleichzeitig ${n}`, dateline: 'Leipzig' });
    await schedule(id, at);
    ids.push(id);
  }
  for (const id of ids) expect(await publishedAt(id)).toBeNull();
  expect(
    await waitUntil(async () => (await Promise.all(ids.map(publishedAt))).every(Boolean), 20000)
  ).toBe(true);
  for (const id of ids) {
    const late = new Date((await publishedAt(id)) as string).getTime() - at.getTime();
    expect(late).toBeGreaterThanOrEqual(0);
    expect(late).toBeLessThan(5000);
  }
  const rows = (await app.strapi.db.query('plugin::newsroom.schedule').findMany({
    where: { releaseId: { $in: ids } },
  })) as { state: string; claimedBy: string }[];
  expect(rows.map((r) => r.state)).toEqual(['done', 'done', 'done', 'done']);
  // A second publish would have been reported to the outlet as an update.
  await new Promise((r) => setTimeout(r, 1000));
  const events = (await deliveries()).filter((d) => ids.includes(d.releaseId));
  for (const id of ids) {
    expect(
      events
        .filter((e) => e.releaseId === id)
        .map((e) => e.event)
        .sort()
    ).toEqual(['embargoed', 'published']);
  }
};

/**
 * Several instances are a PostgreSQL set-up (README). On one SQLite file, three processes writing
 * at once hit SQLite's deadlock avoidance ("database is locked" at once, no busy wait, when a
 * reading transaction wants to write): not a configuration the city runs, so not tested here.
 */
const severalInstances = process.env.DATABASE_CLIENT === 'postgres' ? it : it.skip;

severalInstances('publishes each release exactly once with two instances running', async () => {
  const [a, b] = [await start(), await start()];
  try {
    await exactlyOnce();
  } finally {
    await a.stop();
    await b.stop();
  }
});

it('keeps a schedule across a crash, and publishes an overdue one on the next boot', async () => {
  const crashed = await start();
  const soon = await createRelease(app.strapi, {
    title: 'Während des Ausfalls',
    dateline: 'Leipzig',
  });
  const later = await createRelease(app.strapi, {
    title: 'Nach dem Neustart',
    dateline: 'Leipzig',
  });
  const soonAt = new Date(Date.now() + 3000);
  await schedule(soon, soonAt);
  await crashed.kill();
  // Long enough for the next instance to boot first: this one is due while it runs.
  const laterAt = new Date(Date.now() + 25000);
  await schedule(later, laterAt);
  await new Promise((r) => setTimeout(r, Math.max(0, soonAt.getTime() + 1000 - Date.now())));
  expect(await publishedAt(soon)).toBeNull();

  const booted = Date.now();
  await start();
  expect(await waitUntil(async () => (await publishedAt(soon)) !== null, 10000)).toBe(true);
  expect(new Date((await publishedAt(soon)) as string).getTime()).toBeGreaterThanOrEqual(booted);
  expect(await publishedAt(later)).toBeNull();
  expect(Date.now()).toBeLessThan(laterAt.getTime());
  expect(await waitUntil(async () => (await publishedAt(later)) !== null, 35000)).toBe(true);
  const late = new Date((await publishedAt(later)) as string).getTime() - laterAt.getTime();
  expect(late).toBeGreaterThanOrEqual(0);
  expect(late).toBeLessThan(5000);
});
