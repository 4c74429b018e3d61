import { startApp, type TestApp } from './helpers/strapi';
import {
  createNewsroom,
  createRelease,
  publish,
  slugOf,
  translateRelease,
} from './helpers/content';
import { xmllintSchema } from './helpers/feeds';

/**
 * /sitemap.xml with reciprocal hreflang alternates (an index past the URL limit), Google News
 * sitemaps of the last two days, and robots.txt pointing to them; validated with xmllint --schema.
 */

let app: TestApp;
let both: string;
let old: string;

const SITE = 'http://localhost:1337';
const daysAgo = (n: number) => new Date(Date.now() - n * 86400000).toISOString();

beforeAll(async () => {
  // Four URLs per file: the two list pages and a release in two languages fill the first.
  app = await startApp({ SITEMAP_URL_LIMIT: '4' });
  await createNewsroom(app.strapi);
  both = await createRelease(app.strapi, { title: 'Zweisprachig & frisch', dateline: 'Leipzig' });
  await translateRelease(app.strapi, both, { title: 'Bilingual & fresh' });
  await publish(app.strapi, both, 'de');
  await publish(app.strapi, both, 'en');
  old = await createRelease(app.strapi, {
    title: 'Vor drei Tagen',
    dateline: 'Leipzig',
    releaseDate: daysAgo(3),
  });
  await publish(app.strapi, old, 'de');
  await createRelease(app.strapi, { title: 'Entwurf bleibt draußen' });
  const embargoed = await createRelease(app.strapi, {
    title: 'Sperrfrist bleibt draußen',
    embargoUntil: new Date(Date.now() + 86400000).toISOString(),
  });
  void embargoed;
});

afterAll(async () => {
  await app?.stop();
});

const get = async (path: string) => {
  const res = await app.request().get(path);
  expect(res.status).toBe(200);
  return res.text;
};

describe('sitemaps', () => {
  it('becomes an index past the URL limit, and every part is a valid urlset', async () => {
    const index = await get('/sitemap.xml');
    expect(xmllintSchema(index, 'sitemap.xsd')).toEqual({ ok: true, errors: '' });
    expect(index).toContain('<sitemapindex');
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(parts).toEqual([`${SITE}/sitemaps/releases-1.xml`, `${SITE}/sitemaps/releases-2.xml`]);
    const locs: string[] = [];
    for (const part of parts) {
      const xml = await get(new URL(part).pathname);
      const result = xmllintSchema(xml, 'sitemap.xsd');
      expect(result).toEqual({ ok: true, errors: '' });
      locs.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    }
    const deSlug = await slugOf(app.strapi, both, 'de', 'published');
    const enSlug = await slugOf(app.strapi, both, 'en', 'published');
    const oldSlug = await slugOf(app.strapi, old, 'de', 'published');
    expect(locs.sort()).toEqual(
      [
        `${SITE}/newsroom/de`,
        `${SITE}/newsroom/en`,
        `${SITE}/newsroom/de/${deSlug}`,
        `${SITE}/newsroom/en/${enSlug}`,
        `${SITE}/newsroom/de/${oldSlug}`,
      ].sort()
    );
    expect((await app.request().get('/sitemaps/releases-3.xml')).status).toBe(404);
  });

  it('links every language version to every other, itself and x-default', async () => {
    const xml = await get('/sitemaps/releases-1.xml');
    const deSlug = await slugOf(app.strapi, both, 'de', 'published');
    const enSlug = await slugOf(app.strapi, both, 'en', 'published');
    const urls = xml.split('<url>').slice(1);
    const release = urls.filter(
      (u) => u.includes(`/newsroom/de/${deSlug}<`) || u.includes(`/newsroom/en/${enSlug}<`)
    );
    expect(release).toHaveLength(2);
    for (const url of release) {
      expect(url).toContain(`hreflang="de" href="${SITE}/newsroom/de/${deSlug}"`);
      expect(url).toContain(`hreflang="en" href="${SITE}/newsroom/en/${enSlug}"`);
      expect(url).toContain(`hreflang="x-default" href="${SITE}/newsroom/de/${deSlug}"`);
    }
  });

  it('lists only the last two days in the Google News sitemap', async () => {
    const xml = await get('/sitemaps/news-de.xml');
    expect(xmllintSchema(xml, 'sitemap.xsd')).toEqual({ ok: true, errors: '' });
    expect(xml).toContain('<news:title>Zweisprachig &amp; frisch</news:title>');
    expect(xml).toContain('<news:name>Stadt Leipzig</news:name>');
    expect(xml).toContain('<news:language>de</news:language>');
    expect(xml).not.toContain('Vor drei Tagen');
    const en = await get('/sitemaps/news-en.xml');
    expect(en).toContain('<news:title>Bilingual &amp; fresh</news:title>');
    expect((await app.request().get('/sitemaps/news-fr.xml')).status).toBe(404);
  });

  it('keeps drafts and embargoed releases out', async () => {
    for (const path of [
      '/sitemap.xml',
      '/sitemaps/releases-1.xml',
      '/sitemaps/releases-2.xml',
      '/sitemaps/news-de.xml',
    ]) {
      const xml = await get(path);
      expect(xml).not.toMatch(/draussen|drau%C3%9Fen|Entwurf|Sperrfrist/i);
    }
  });

  it('has a robots.txt that points to both', async () => {
    const res = await app.request().get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.text).toContain(`Sitemap: ${SITE}/sitemap.xml\n`);
    expect(res.text).toContain(`Sitemap: ${SITE}/sitemaps/news-de.xml\n`);
    expect(res.text).toContain(`Sitemap: ${SITE}/sitemaps/news-en.xml\n`);
    expect(res.text).toContain('Disallow: /admin\n');
  });

  it('fails the schema check on a broken sitemap (the validation can fail)', () => {
    const broken =
      '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><lastmod>yesterday</lastmod></url></urlset>';
    expect(xmllintSchema(broken, 'sitemap.xsd').ok).toBe(false);
  });
});
