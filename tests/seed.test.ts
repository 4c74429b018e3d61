import { spawnSync } from 'child_process';
import path from 'path';
import { startApp, type TestApp } from './helpers/strapi';
import { CATEGORY, CONTACT, DISTRICT, RELEASE } from './helpers/content';
import { deleteContent, hasContent, seedDemo } from '../src/seed/seed';

/** Demo content: seeded on an empty development database, never over existing content. */

let app: TestApp;

beforeAll(async () => {
  app = await startApp({ SEED_DEMO: 'true' });
});

afterAll(async () => {
  await app?.stop();
});

const titles = (res: { body: { data: { title: string }[] } }) => res.body.data.map((r) => r.title);

describe('on an empty database, bootstrap seeds the demo', () => {
  it('publishes German releases with English translations, and one German-only', async () => {
    const de = await app.request().get('/api/press-releases?locale=de&sort=releaseDate:desc');
    const en = await app.request().get('/api/press-releases?locale=en');
    expect(titles(de)).toEqual([
      'Straßenbahn über die Brücke: Umleitung in Südost wegen Gleisbau (Demo)',
      'Leipzig erhält EU-Mission-Label für Klimaneutralität',
    ]);
    expect(titles(en)).toEqual(['Leipzig receives EU Mission Label for climate neutrality']);
  });

  it('has a draft and an embargoed release that the public never sees', async () => {
    const drafts = (await app.strapi
      .documents(RELEASE)
      .findMany({ locale: 'de', status: 'draft' })) as unknown as {
      title: string;
      embargoUntil: string | null;
    }[];
    expect(drafts).toHaveLength(4);
    const embargoed = drafts.find((d) => d.embargoUntil);
    expect(new Date(embargoed!.embargoUntil!).getTime()).toBeGreaterThan(Date.now());
    const everything = await app
      .request()
      .get('/api/press-releases?locale=*&status=draft&populate=*');
    expect(everything.text).not.toContain('ENTWURF');
    expect(everything.text).not.toContain('Klimakonferenz');
  });

  it('has an image with caption, alt text, credit and licence, served from /uploads', async () => {
    const res = await app
      .request()
      .get(
        '/api/press-releases?locale=de&populate[images][populate]=file&filters[images][credit][$notNull]=true'
      );
    const image = res.body.data[0].images[0];
    expect(image).toMatchObject({
      credit: 'Stadt Leipzig / Demo-Grafik',
      licence: 'CC BY 4.0 (Demo)',
    });
    expect(image.caption).toBeTruthy();
    expect(image.alt).toBeTruthy();
    expect(image.file.width).toBe(1600);
    const file = await app.request().get(image.file.url);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
  });

  it('has categories, the ten districts, a press contact and the newsroom in both languages', async () => {
    const count = (uid: typeof RELEASE, locale: string) =>
      app.strapi.documents(uid).count({ locale });
    expect(await count(CATEGORY, 'en')).toBe(4);
    expect(await count(DISTRICT, 'de')).toBe(10);
    expect(await count(CONTACT, 'en')).toBe(1);
    const newsroom = await app.request().get('/api/newsroom?locale=en&populate=defaultContact');
    expect(newsroom.body.data.organisationName).toMatch(/City of Leipzig/);
    expect(newsroom.body.data.defaultContact.email).toBe('presse@example.org');
  });
});

describe('seeding never touches a database with content', () => {
  const runSeedScript = (env: Record<string, string>, args: string[] = []) =>
    spawnSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'seed.js'), ...args], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 60000,
    });

  it('npm run seed refuses and changes nothing when content exists', async () => {
    const before = await app.strapi.documents(RELEASE).count({ locale: 'de' });
    const result = runSeedScript({ NODE_ENV: 'development' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The database already has content; nothing was changed.');
    expect(await app.strapi.documents(RELEASE).count({ locale: 'de' })).toBe(before);
  });

  it('npm run seed refuses in production', () => {
    const result = runSeedScript({ NODE_ENV: 'production' }, ['--reset']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Refusing to seed demo content in production');
  });

  it('--reset deletes the content and seeds it again, once', async () => {
    await deleteContent(app.strapi);
    expect(await hasContent(app.strapi)).toBe(false);
    await seedDemo(app.strapi);
    expect(await app.strapi.documents(RELEASE).count({ locale: 'de' })).toBe(4);
    const files = await app.strapi
      .plugin('upload')
      .service('upload')
      .findMany({ filters: { name: 'leipzig-demo.png' } });
    expect(files).toHaveLength(2);
  });
});
