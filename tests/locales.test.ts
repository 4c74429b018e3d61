import { startApp, type TestApp } from './helpers/strapi';
import { ensureLocales } from '../src/bootstrap/locales';

/** Locales: German is the default and source, English the translation; bootstrap is idempotent. */

let app: TestApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

const locales = () => app.strapi.plugin('i18n').service('locales');

it('creates de and en and makes de the default', async () => {
  const all = (await locales().find()) as { code: string }[];
  expect(all.map((l) => l.code).sort()).toEqual(['de', 'en']);
  expect(await locales().getDefaultLocale()).toBe('de');
});

it('on an existing database: restores the default and adds nothing twice', async () => {
  await locales().setDefaultLocale({ code: 'en' });
  await ensureLocales(app.strapi);
  await ensureLocales(app.strapi);
  expect(await locales().getDefaultLocale()).toBe('de');
  expect(await locales().count()).toBe(2);
});

it('adds a third language from config alone', async () => {
  app.strapi.config.set('locales.targets', ['en', 'pl']);
  try {
    await ensureLocales(app.strapi);
    const codes = ((await locales().find()) as { code: string }[]).map((l) => l.code).sort();
    expect(codes).toEqual(['de', 'en', 'pl']);
  } finally {
    app.strapi.config.set('locales.targets', ['en']);
  }
});

it('names an unknown locale code in config clearly', async () => {
  app.strapi.config.set('locales.targets', ['en', 'xx-nope']);
  try {
    await expect(ensureLocales(app.strapi)).rejects.toThrow(
      'Locale "xx-nope" in config/locales.ts (SOURCE_LOCALE / TARGET_LOCALES) is not an ISO locale Strapi knows.'
    );
  } finally {
    app.strapi.config.set('locales.targets', ['en']);
  }
});

it('runs on the database this test run asked for', () => {
  const client = app.strapi.db.dialect.client as string;
  expect(client).toBe(process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite');
});
