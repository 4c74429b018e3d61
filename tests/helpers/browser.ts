import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium driven by playwright-core (no browser download), logged in to the admin. */

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

export const adminPage = async (
  browser: Browser,
  url: string,
  credentials: { email: string; password: string },
  options: BrowserContextOptions
): Promise<Page> => {
  const page = await (await browser.newContext(options)).newPage();
  await page.goto(`${url}/admin`);
  await page.fill('input[name="email"]', credentials.email);
  await page.fill('input[name="password"]', credentials.password);
  await page.click('button[type="submit"]');
  await page.waitForURL(/\/admin(?!\/auth)/);
  return page;
};
