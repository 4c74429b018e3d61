import crypto from 'crypto';
import dns from 'dns/promises';
import os from 'os';
import { startApp, type TestApp } from './helpers/strapi';
import { asAdmin, loginAs, type AdminSession } from './helpers/admin';
import { startReceiver, type Receiver } from './helpers/receiver';
import { CATEGORY, createRelease, createTerm, translateRelease } from './helpers/content';
import { parser, xmllint } from './helpers/feeds';

/**
 * Accredited outlets: managed in the admin panel, tokens stored only as hashes, the embargo feed
 * a valid token unlocks, and webhook URLs kept off private addresses (SSRF guard on, as in
 * production).
 */

const CM_OUTLETS = '/content-manager/collection-types/plugin::newsroom.outlet';
const SECRET = 'outlet-secret-0123456789-abcdef';

let app: TestApp;
let officer: AdminSession;
let translator: AdminSession;
let receiver: Receiver;
let klima: string;
let scheduled: string;

beforeAll(async () => {
  receiver = await startReceiver();
  app = await startApp({ PUSH_POLL_MS: '100' });
  officer = await loginAs(app, 'pressOfficer');
  translator = await loginAs(app, 'translator');
  klima = await createTerm(app.strapi, CATEGORY, 'Klimaschutz', 'Climate');
  scheduled = await createRelease(app.strapi, {
    title: 'Neue Stadtbahn & <Linie> 🚋',
    dateline: 'Leipzig',
    categories: [klima],
  });
  await translateRelease(app.strapi, scheduled, {
    title: 'New tram & <line> 🚋',
    categories: [klima],
  });
  const res = await asAdmin(app, officer).post(`/newsroom-admin/schedule/${scheduled}`, {
    embargoUntil: '2030-01-15T10:00',
  });
  expect(res.status).toBe(200);
});

afterAll(async () => {
  await app?.stop();
  await receiver?.close();
});

const createOutlet = (data: Record<string, unknown>, session = officer) =>
  asAdmin(app, session).post(CM_OUTLETS, {
    name: 'LIZ',
    email: 'redaktion@example.org',
    active: true,
    ...data,
  });
const issueToken = (documentId: string, session = officer) =>
  asAdmin(app, session).post(`/newsroom-admin/outlets/${documentId}/token`);
const embargoFeed = (locale: string, token?: string) => {
  const req = app.request().get(`/feeds/${locale}/embargoed.xml`);
  return token ? req.set('Authorization', `Bearer ${token}`) : req;
};

describe('outlets in the admin panel', () => {
  it('refuses webhook URLs on private or loopback addresses, with a reason', async () => {
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://localhost/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://10.1.2.3/hook',
      'http://[::1]/hook',
      'http://192.168.0.10/hook',
    ]) {
      const res = await createOutlet({ webhookUrl: url, webhookSecret: SECRET });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/private or loopback|points to this server/);
    }
    const ftp = await createOutlet({ webhookUrl: 'ftp://example.org/', webhookSecret: SECRET });
    expect(ftp.body.error.message).toMatch(/must start with https/);
    const short = await createOutlet({
      webhookUrl: 'https://example.org/hook',
      webhookSecret: 'x',
    });
    expect(short.body.error.message).toMatch(/at least 24 characters/);
    const languages = await createOutlet({ languages: ['fr'] });
    expect(languages.body.error.message).toMatch(/Languages must be a list/);
    const count = await app.strapi.db.query('plugin::newsroom.outlet').count({});
    expect(count).toBe(0);
  });

  it('is managed by press officers, not translators, and not reachable from the public API', async () => {
    expect((await createOutlet({}, translator)).status).toBe(403);
    expect((await app.request().get('/api/outlets')).status).toBe(404);
    const created = await createOutlet({ tokenHash: 'chosen-by-attacker' });
    expect(created.status).toBe(201);
    const row = await app.strapi.db
      .query('plugin::newsroom.outlet')
      .findOne({ where: { documentId: created.body.data.documentId } });
    expect(row.tokenHash).toBeNull();
    expect((await issueToken(created.body.data.documentId, translator)).status).toBe(403);
  });

  it('shows a token once and stores only its hash', async () => {
    const created = await createOutlet({ name: 'Hash only' });
    const id = created.body.data.documentId;
    const res = await issueToken(id);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { token } = res.body as { token: string };
    expect(token).toMatch(/^nro_[A-Za-z0-9_-]{43}$/);
    const row = await app.strapi.db
      .query('plugin::newsroom.outlet')
      .findOne({ where: { documentId: id } });
    expect(row.tokenHash).toBe(crypto.createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token.slice(4));
    const shown = await asAdmin(app, officer).get(`${CM_OUTLETS}/${id}`);
    expect(JSON.stringify(shown.body)).not.toContain(token.slice(4));
    expect(shown.body.data.tokenHint).toBe(`${token.slice(0, 8)}…`);
  });
});

describe('the embargo feed', () => {
  let outletId: string;
  let token: string;

  beforeAll(async () => {
    const created = await createOutlet({ name: 'Embargo reader', languages: ['de', 'en'] });
    outletId = created.body.data.documentId;
    token = (await issueToken(outletId)).body.token;
  });

  it('lists scheduled releases with the embargo in the title and as dcterms:available', async () => {
    const res = await embargoFeed('de', token);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(xmllint(res.text).ok).toBe(true);
    const feed = await parser.parseString(res.text);
    expect(feed.items.map((i) => i.title)).toEqual([
      '[Sperrfrist bis 15. Januar 2030 um 10:00 MEZ] Neue Stadtbahn & <Linie> 🚋',
    ]);
    expect(res.text).toContain('<dcterms:available>2030-01-15T09:00:00Z</dcterms:available>');
    const en = await app.request().get('/feeds/en/embargoed.xml').query({ token });
    expect(en.status).toBe(200);
    expect((await parser.parseString(en.text)).items[0].title).toBe(
      '[Embargoed until 15 January 2030 at 10:00 CET] New tram & <line> 🚋'
    );
  });

  it('answers every missing, wrong, revoked or inactive token with the same 401', async () => {
    const answers = [
      await embargoFeed('de'),
      await embargoFeed('de', 'nro_wrong'),
      await embargoFeed('de', token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')),
      await embargoFeed('xx', 'nro_wrong'),
      await app.request().get('/feeds/de/embargoed.xml').set('Authorization', `Basic ${token}`),
    ];
    const rotated = (await issueToken(outletId)).body.token as string;
    answers.push(await embargoFeed('de', token));
    expect((await embargoFeed('de', rotated)).status).toBe(200);
    await asAdmin(app, officer).put(`${CM_OUTLETS}/${outletId}`, { active: false });
    answers.push(await embargoFeed('de', rotated));
    for (const res of answers) {
      expect(res.status).toBe(401);
      expect(res.text).toBe('A valid outlet token is required.\n');
      expect(res.headers['www-authenticate']).toBe('Bearer realm="embargo feed"');
      expect(res.text).not.toContain('Stadtbahn');
    }
    await asAdmin(app, officer).put(`${CM_OUTLETS}/${outletId}`, { active: true });
    await asAdmin(app, officer).del(`/newsroom-admin/outlets/${outletId}/token`);
    expect((await embargoFeed('de', rotated)).status).toBe(401);
  });

  it('keeps to the outlet’s languages and categories', async () => {
    const english = await createOutlet({ name: 'English only', languages: ['en'] });
    const englishToken = (await issueToken(english.body.data.documentId)).body.token;
    const refused = await embargoFeed('de', englishToken);
    expect(refused.status).toBe(403);
    expect(refused.text).toBe('Your accreditation does not include language "de".\n');
    const sport = await createTerm(app.strapi, CATEGORY, 'Sport', 'Sport');
    const other = await createOutlet({ name: 'Sports desk', categories: [sport] });
    const otherToken = (await issueToken(other.body.data.documentId)).body.token;
    const res = await embargoFeed('de', otherToken);
    expect(res.status).toBe(200);
    expect((await parser.parseString(res.text)).items).toHaveLength(0);
  });
});

describe('SSRF guard at delivery time', () => {
  it('refuses a host name that resolves to a private address', async () => {
    const host = os.hostname();
    const { address } = await dns.lookup(host);
    const created = await createOutlet({
      name: 'Rebinding',
      webhookUrl: `http://${host}:${new URL(receiver.url).port}/hook`,
      webhookSecret: SECRET,
    });
    expect(created.status).toBe(201);
    const id = await createRelease(app.strapi, { title: 'Nicht intern', dateline: 'Leipzig' });
    await app.strapi.documents('api::press-release.press-release').publish({
      documentId: id,
      locale: 'de',
    } as never);
    const end = Date.now() + 5000;
    let row: { attempts: number; lastError: string | null } | null = null;
    while (Date.now() < end) {
      row = await app.strapi.db
        .query('plugin::newsroom.delivery')
        .findOne({ where: { releaseId: id, event: 'published' } });
      if (row && row.attempts > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(row?.lastError).toBe(`refused: ${host} resolves to the private address ${address}`);
    expect(receiver.received).toHaveLength(0);
  });
});
