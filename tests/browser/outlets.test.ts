import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { adminPage, launchChromium } from '../helpers/browser';
import { createAdminUser } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';
import { startSecondInstance, type Instance } from '../helpers/second-instance';
import { startReceiver, type Receiver } from '../helpers/receiver';
import { createOutlet, createRelease, publish } from '../helpers/content';
import { waitUntil } from '../helpers/wait';

/**
 * The outlet's side panel in a real browser: a dead-lettered delivery is visible with its attempts
 * and is sent again by hand; a new token is shown once. The release's embargo panel schedules it
 * and shows the time in Leipzig although the browser runs in New York.
 */

const ARTIFACTS = path.join(__dirname, '..', 'artifacts');

let app: TestApp;
let server: Instance;
let receiver: Receiver;
let browser: Browser;
let admin: { email: string; password: string };
let page: Page;
let outletId: string;
let releaseId: string;

beforeAll(async () => {
  receiver = await startReceiver();
  receiver.respond = () => 500;
  app = await startApp({
    WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
    PUSH_POLL_MS: '100',
    PUSH_FIRST_RETRY_SECONDS: '0.1',
    PUSH_RETRY_FOR_SECONDS: '1',
  });
  admin = await createAdminUser(app, 'superAdmin');
  outletId = await createOutlet(app.strapi, {
    name: 'Leipziger Volkszeitung',
    webhookUrl: `${receiver.url}/lvz`,
    webhookSecret: 'lvz-secret-0123456789-abcdefgh',
  });
  const published = await createRelease(app.strapi, { title: 'Zugestellt?', dateline: 'Leipzig' });
  await publish(app.strapi, published);
  releaseId = await createRelease(app.strapi, {
    title: 'Mit Sperrfrist',
    dateline: 'Leipzig',
    embargoUntil: '2030-01-15T09:00:00.000Z',
  });
  // Wait until the failing outlet's delivery is dead-lettered.
  const deliveries = app.strapi.db.query('plugin::newsroom.delivery');
  await waitUntil(async () => !!(await deliveries.findOne({ where: { state: 'dead' } })), 10000);
  server = await startSecondInstance();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  page = await adminPage(browser, server.url, admin, {
    locale: 'en-GB',
    timezoneId: 'America/New_York',
    viewport: { width: 1400, height: 1000 },
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await app?.stop();
  await receiver?.close();
});

it('shows a given-up delivery, sends it again, and shows a new token once', async () => {
  await page.goto(
    `${server.url}/admin/content-manager/collection-types/plugin::newsroom.outlet/${outletId}`
  );
  await page.getByText('Access and deliveries').waitFor();
  await page.getByText(/published · given up · \d+ attempts · HTTP 500/).waitFor();
  const tries = receiver.received.length;
  receiver.respond = () => 200;
  await page.getByRole('button', { name: 'Send again' }).first().click();
  await receiver.waitFor(tries + 1);
  const keys = new Set(receiver.received.map((r) => r.headers['idempotency-key']));
  expect(keys.size).toBe(1);
  await page.reload();
  await page.getByText(/published · delivered · \d+ attempts/).waitFor();

  await page.getByRole('button', { name: 'New access token' }).click();
  const field = page.getByLabel('Copy the token now: it is not shown again.');
  await field.waitFor();
  const token = await field.inputValue();
  expect(token).toMatch(/^nro_/);
  const row = await app.strapi.db
    .query('plugin::newsroom.outlet')
    .findOne({ where: { documentId: outletId } });
  expect(row.tokenHash).toBe(crypto.createHash('sha256').update(token).digest('hex'));
  await page.screenshot({ path: path.join(ARTIFACTS, 'outlet-panel.png'), fullPage: true });
  await page.reload();
  await page.getByText('Access and deliveries').waitFor();
  expect(await page.getByText(token).count()).toBe(0);
});

it('schedules a release for its embargo and shows the time in Leipzig', async () => {
  await page.goto(
    `${server.url}/admin/content-manager/collection-types/api::press-release.press-release/${releaseId}?plugins[i18n][locale]=de`
  );
  await page.getByText('Not scheduled. Set the embargo, save, then schedule.').waitFor();
  await page.getByRole('button', { name: 'Publish when the embargo ends' }).click();
  await page
    .getByText('Scheduled: published automatically on 15. Januar 2030 um 10:00 MEZ')
    .waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'schedule-panel.png'), fullPage: true });
  const schedule = await app.strapi.db
    .query('plugin::newsroom.schedule')
    .findOne({ where: { releaseId } });
  expect(schedule).toMatchObject({ state: 'pending' });
  await page.getByRole('button', { name: 'Cancel the schedule' }).click();
  await page.getByText('Schedule for 15. Januar 2030 um 10:00 MEZ cancelled').waitFor();
});
