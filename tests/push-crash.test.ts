import { startApp, type TestApp } from './helpers/strapi';
import { startSecondInstance, type Instance } from './helpers/second-instance';
import { startReceiver, type Receiver } from './helpers/receiver';
import { createAdminUser } from './helpers/admin';
import { createOutlet, createRelease } from './helpers/content';
import { waitUntil } from './helpers/wait';
import { verify } from '../src/plugins/newsroom/server/src/push/signature';

/**
 * Nothing is lost when an instance dies: the outbox rows are committed with the publish, so an
 * instance killed (SIGKILL) between commit and delivery, or in the middle of a delivery, leaves
 * them for the next instance. Every event arrives at least once, correctly signed, and a repeat
 * carries the same idempotency key.
 */

const SECRET = 'crash-test-secret-0123456789abcdef';

let app: TestApp;
let receiver: Receiver;
const instances: Instance[] = [];

beforeAll(async () => {
  receiver = await startReceiver();
  // The test's own instance only prepares data: it neither delivers nor schedules.
  app = await startApp({
    PUSH_DELIVER: 'false',
    SCHEDULER_ENABLED: 'false',
    WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
  });
  await createOutlet(app.strapi, {
    name: 'Radio Leipzig',
    webhookUrl: `${receiver.url}/hook`,
    webhookSecret: SECRET,
  });
});

afterAll(async () => {
  for (const i of instances) await i.stop().catch(() => undefined);
  await app?.stop();
  await receiver?.close();
});

const start = async (env: Record<string, string>) => {
  const instance = await startSecondInstance({
    PUSH_DELIVER: 'true',
    PUSH_POLL_MS: '100',
    PUSH_LEASE_SECONDS: '2',
    PUSH_TIMEOUT_MS: '60000',
    PUSH_FIRST_RETRY_SECONDS: '0.2',
    ...env,
  });
  instances.push(instance);
  return instance;
};

/** Logs a press officer in on another instance, through its own HTTP API. */
const officerOn = async (instance: Instance) => {
  const { email, password } = await createAdminUser(app, 'pressOfficer');
  const res = await fetch(`${instance.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const token = ((await res.json()) as { data: { token: string } }).data.token;
  return (path: string) =>
    fetch(`${instance.url}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ sourceOnly: true }),
    });
};

it('delivers every event after a kill between commit and delivery and mid-delivery', async () => {
  const first = await createRelease(app.strapi, { title: 'Vor dem Absturz', dateline: 'Leipzig' });
  const second = await createRelease(app.strapi, { title: 'Nach dem Commit', dateline: 'Leipzig' });

  // The outlet is slow: it receives but does not answer, so the instance is mid-delivery.
  receiver.respond = () => 'hold';
  const doomed = await start({});
  const post = await officerOn(doomed);
  expect((await post(`/newsroom-admin/publish/${first}`)).status).toBe(200);
  await receiver.waitFor(1);
  // Committed while the worker is busy with the first delivery: not yet sent to anyone.
  expect((await post(`/newsroom-admin/publish/${second}`)).status).toBe(200);
  await doomed.kill();

  const rows = (await app.strapi.db.query('plugin::newsroom.delivery').findMany({
    where: { kind: 'webhook' },
  })) as { releaseId: string; state: string }[];
  expect(rows.map((r) => [r.releaseId, r.state]).sort()).toEqual(
    [
      [first, 'delivering'],
      [second, 'pending'],
    ].sort()
  );
  expect(receiver.received).toHaveLength(1);

  receiver.respond = () => 200;
  await start({});
  await receiver.waitFor(3, 30000);

  const byRelease = new Map<string, typeof receiver.received>();
  for (const r of receiver.received) {
    const id = JSON.parse(r.body).release as string;
    byRelease.set(id, [...(byRelease.get(id) ?? []), r]);
    const signature = r.headers['x-newsroom-signature'] as string;
    expect(verify(SECRET, r.body, signature, Math.floor(Date.now() / 1000))).toBe(true);
  }
  expect([...byRelease.keys()].sort()).toEqual([first, second].sort());
  // The delivery cut off by the kill came again, with the same key and body.
  const repeated = byRelease.get(first)!;
  expect(repeated.length).toBe(2);
  expect(repeated[1].headers['idempotency-key']).toBe(repeated[0].headers['idempotency-key']);
  expect(repeated[1].body).toBe(repeated[0].body);

  const states = async () =>
    (
      (await app.strapi.db.query('plugin::newsroom.delivery').findMany({
        where: { kind: 'webhook' },
      })) as { state: string }[]
    ).map((r) => r.state);
  await waitUntil(async () => (await states()).every((s) => s === 'delivered'), 5000);
  expect(await states()).toEqual(['delivered', 'delivered']);
});
