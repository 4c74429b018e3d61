import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { adminPage, launchChromium } from '../helpers/browser';
import { createAdminUser } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';
import { startSecondInstance } from '../helpers/second-instance';
import { createRelease, publish, translateRelease, updateDraft } from '../helpers/content';

/**
 * The Translations page in a real browser (Debian's Chromium, driven by playwright-core): a
 * German edit turns the English outdated; an XLIFF round trip through the page makes it current.
 */

const ARTIFACTS = path.join(__dirname, '..', 'artifacts');

let app: TestApp;
let server: { url: string; stop: () => Promise<void> };
let browser: Browser;
let admin: { email: string; password: string };
let page: Page;
let id: string;

beforeAll(async () => {
  app = await startApp();
  admin = await createAdminUser(app, 'superAdmin');
  id = await createRelease(app.strapi, {
    title: 'Neue Radwege im Zentrum',
    lead: 'Die Stadt baut Radwege.',
  });
  await translateRelease(app.strapi, id, {
    title: 'New cycle lanes in the centre',
    lead: 'The city builds cycle lanes.',
  });
  await publish(app.strapi, id, 'de');
  await publish(app.strapi, id, 'en');
  server = await startSecondInstance();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  page = await adminPage(browser, server.url, admin, {
    acceptDownloads: true,
    locale: 'en-GB',
    viewport: { width: 1400, height: 900 },
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await app?.stop();
});

const englishStatus = () => page.getByTestId(`status-${id}`).innerText();

it('shows a release turn outdated after a German edit, and current after an XLIFF round trip', async () => {
  await page.goto(`${server.url}/admin/plugins/newsroom`);
  await page.getByRole('heading', { name: 'Translations' }).waitFor();
  expect((await englishStatus()).toLowerCase()).toBe('current');

  await updateDraft(app.strapi, id, { title: 'Neue Radwege im Zentrum und im Süden' });
  await page.reload();
  await page.getByTestId(`status-${id}`).waitFor();
  expect((await englishStatus()).toLowerCase()).toBe('outdated');
  expect(await page.getByTestId('count-outdated').innerText()).toBe('1');

  // The edit view of the German shows the status and what changed, field by field.
  await page.goto(
    `${server.url}/admin/content-manager/collection-types/api::press-release.press-release/${id}?plugins[i18n][locale]=de`
  );
  await page.getByText('Translation and readiness').waitFor();
  // The panel's diff: the old headline, struck through (it appears nowhere else on the page).
  await page.getByText('Neue Radwege im Zentrum', { exact: true }).waitFor();
  await page.getByText('OUTDATED', { exact: false }).first().waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'edit-view-panel.png') });

  await page.goto(`${server.url}/admin/plugins/newsroom`);
  await page.getByTestId(`status-${id}`).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download XLIFF (missing and outdated)' }).click(),
  ]);
  const exported = fs.readFileSync((await download.path())!, 'utf8');
  expect(exported).toContain(`original="press-release/${id}"`);
  const translated = exported
    .replace(/<target>[\s\S]*?<\/target>\s*/g, '')
    .replace(/<source>([\s\S]*?)<\/source>/g, (_all, source: string) => {
      const english = source
        .replace(
          'Neue Radwege im Zentrum und im Süden',
          'New cycle lanes in the centre and the south'
        )
        .replace('Die Stadt baut Radwege.', 'The city builds cycle lanes.')
        .replace(/Body of .*/, 'Details follow.');
      return `<source>${source}</source><target>${english}</target>`;
    });

  await page.setInputFiles('input[type="file"]', {
    name: 'translated.xlf',
    mimeType: 'application/x-xliff+xml',
    buffer: Buffer.from(translated),
  });
  await page.getByText('Imported 1 release as drafts.').waitFor();
  await page
    .getByTestId(`status-${id}`)
    .getByText(/^current$/i)
    .waitFor();
  expect((await englishStatus()).toLowerCase()).toBe('current');

  await page.screenshot({ path: path.join(ARTIFACTS, 'translations-page.png'), fullPage: true });
  const english = await app.strapi
    .documents('api::press-release.press-release')
    .findOne({ documentId: id, locale: 'en', status: 'draft' });
  expect(english?.title).toBe('New cycle lanes in the centre and the south');
});
