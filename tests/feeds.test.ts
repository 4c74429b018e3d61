import { startApp, type TestApp } from './helpers/strapi';
import {
  CATEGORY,
  CONTACT,
  DISTRICT,
  RELEASE,
  createNamed,
  createNewsroom,
  createRelease,
  createTerm,
  inFuture,
  publish,
  slugOf,
  translateRelease,
  updateDraft,
  uploadPng,
} from './helpers/content';
import { gunzip, parseFeed, raw, text, titles, unbrotli, wire, xmllint } from './helpers/feeds';

/**
 * The public feeds and pages on a booted app: what they contain compared with the database, how
 * they narrow, how they speak HTTP, and that every kind of change shows at once.
 */

const CANARY = 'CANARY-feeds-5d1e';
let app: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startApp();
  const { strapi } = app;
  await createNewsroom(strapi);
  const klima = await createTerm(strapi, CATEGORY, 'Klimaschutz', 'Climate');
  const verkehr = await createTerm(strapi, CATEGORY, 'Verkehr', 'Traffic');
  const mitte = await createTerm(strapi, DISTRICT, 'Mitte', 'Centre');
  const suedost = await createTerm(strapi, DISTRICT, 'Südost', 'South-East');
  const contact = await createNamed(strapi, CONTACT, {
    name: 'Clara Beispiel',
    email: 'presse@example.org',
    phone: '+49 341 123-4567',
  });
  await strapi
    .documents(CONTACT)
    .update({ documentId: contact, locale: 'en', data: { function: 'Spokesperson' } as never });
  const image = await uploadPng(strapi);

  ids.label = await createRelease(strapi, {
    title: 'Leipzig erhält das Mission-Label',
    releaseDate: '2025-05-07T08:00:00.000Z',
    dateline: 'Leipzig',
    categories: [klima],
    districts: [mitte],
    contacts: [contact],
    images: [
      {
        file: image,
        caption: 'Die Urkunde',
        alt: 'Urkunde',
        credit: 'Stadt Leipzig',
        licence: 'CC BY 4.0',
      },
    ],
  });
  await translateRelease(strapi, ids.label, {
    title: 'Leipzig receives the Mission Label',
    dateline: 'Leipzig',
    categories: [klima],
    districts: [mitte],
    contacts: [contact],
  });
  await publish(strapi, ids.label, 'de');
  await publish(strapi, ids.label, 'en');

  ids.tram = await createRelease(strapi, {
    title: 'Straßenbahn über die Brücke',
    releaseDate: '2025-05-06T08:00:00.000Z',
    categories: [verkehr],
    districts: [suedost],
  });
  await publish(strapi, ids.tram, 'de');

  ids.draft = await createRelease(strapi, { title: `Entwurf ${CANARY}`, categories: [klima] });
  ids.embargoed = await createRelease(strapi, {
    title: `Sperrfrist ${CANARY}`,
    embargoUntil: inFuture(1),
    categories: [klima],
  });
});

afterAll(async () => {
  await app?.stop();
});

describe('content', () => {
  it('lists exactly the published, past-embargo releases of the locale, newest release date first', async () => {
    const feed = await parseFeed(app, '/feeds/de/rss.xml');
    const published = (await app.strapi.documents(RELEASE).findMany({
      locale: 'de',
      status: 'published',
      sort: [{ releaseDate: 'desc' }],
    } as never)) as unknown as {
      documentId: string;
      title: string;
      slug: string;
      releaseDate: string;
    }[];
    expect(feed.items.map((i) => i.title)).toEqual(published.map((r) => r.title));
    feed.items.forEach((item, n) => {
      expect(item.guid).toBe(`tag:localhost,2025:press-release/${published[n].documentId}/de`);
      expect(item.link).toBe(`http://localhost:1337/newsroom/de/${published[n].slug}`);
      expect(new Date(item.pubDate!).toISOString()).toBe(published[n].releaseDate);
    });
    expect(feed.language).toBe('de');
    expect(feed.title).toBe('Stadt Leipzig: Aktuelle Pressemitteilungen');
  });

  it('uses the same ids in RSS, Atom and JSON Feed', async () => {
    const rss = (await parseFeed(app, '/feeds/de/rss.xml')).items.map((i) => i.guid);
    const atom = (await parseFeed(app, '/feeds/de/atom.xml')).items.map(
      (i) => (i as unknown as { id: string }).id
    );
    const json = JSON.parse((await text(app, '/feeds/de/feed.json')).body).items.map(
      (i: { id: string }) => i.id
    );
    expect(atom).toEqual(rss);
    expect(json).toEqual(rss);
  });

  it('never shows a draft or an embargoed release in any feed, page or catalogue', async () => {
    for (const url of [
      '/feeds/de/rss.xml',
      '/feeds/de/atom.xml',
      '/feeds/de/feed.json',
      '/feeds/en/rss.xml',
      '/feeds/de/rss.xml?category=klimaschutz',
      '/newsroom/de',
      '/feeds',
      '/feeds.opml',
    ]) {
      const { body } = await text(app, url);
      expect(body).not.toContain(CANARY);
    }
    const slug = await slugOf(app.strapi, ids.draft);
    expect((await text(app, `/newsroom/de/${slug}`)).res.status).toBe(404);
  });

  it('links each item to its other-language version, in both directions', async () => {
    const de = await parseFeed(app, '/feeds/de/rss.xml');
    const en = await parseFeed(app, '/feeds/en/rss.xml');
    const deLabel = de.items.find(
      (i) => i.title === 'Leipzig erhält das Mission-Label'
    ) as unknown as { atomLinks: { $: Record<string, string> }[]; link: string };
    const enLabel = en.items[0] as unknown as {
      atomLinks: { $: Record<string, string> }[];
      link: string;
    };
    expect(deLabel.atomLinks[0].$).toMatchObject({
      rel: 'alternate',
      hreflang: 'en',
      href: enLabel.link,
    });
    expect(enLabel.atomLinks[0].$).toMatchObject({
      rel: 'alternate',
      hreflang: 'de',
      href: deLabel.link,
    });
    // The German-only release has no English alternate.
    const tram = de.items.find((i) => i.title === 'Straßenbahn über die Brücke') as unknown as {
      atomLinks?: unknown[];
    };
    expect(tram.atomLinks).toBeUndefined();
  });

  it('carries the photo with credit and the contact in the full text', async () => {
    const { body } = await text(app, '/feeds/de/rss.xml');
    expect(body).toMatch(/<media:credit role="photographer">Stadt Leipzig<\/media:credit>/);
    expect(body).toMatch(
      /<enclosure url="http:\/\/localhost:1337\/uploads\/[^"]+\.png" length="\d+" type="image\/png"\/>/
    );
    const feed = await parseFeed(app, '/feeds/de/rss.xml');
    const html = (feed.items[0] as unknown as { contentEncoded: string }).contentEncoded;
    expect(html).toContain('<strong>Leipzig, 7. Mai 2025</strong>');
    expect(html).toContain('Telefon: <a href="tel:+493411234567">+49 341 123-4567</a>');
    expect(html).toContain('<h2>Über Stadt Leipzig</h2>');
  });
});

describe('filters and limits', () => {
  it('narrows by category, by district, and by both', async () => {
    expect(await titles(app, '/feeds/de/rss.xml?category=klimaschutz')).toEqual([
      'Leipzig erhält das Mission-Label',
    ]);
    expect(await titles(app, '/feeds/de/rss.xml?district=suedost')).toEqual([
      'Straßenbahn über die Brücke',
    ]);
    expect(await titles(app, '/feeds/de/rss.xml?category=verkehr&district=suedost')).toEqual([
      'Straßenbahn über die Brücke',
    ]);
    expect(await titles(app, '/feeds/de/rss.xml?category=klimaschutz&district=suedost')).toEqual(
      []
    );
    expect(await titles(app, '/feeds/en/atom.xml?category=climate')).toEqual([
      'Leipzig receives the Mission Label',
    ]);
    expect(await titles(app, '/feeds/de/rss.xml?limit=1')).toEqual([
      'Leipzig erhält das Mission-Label',
    ]);
  });

  it.each([
    ['/feeds/fr/rss.xml', 404, 'No feeds in language "fr"; there are: de, en.'],
    ['/feeds/de/feed.xml', 404, 'No feed "feed.xml": use rss.xml, atom.xml or feed.json.'],
    ['/feeds/de/rss.xml?category=sport', 404, 'No category "sport" in language "de".'],
    ['/feeds/de/rss.xml?district=climate', 404, 'No district "climate" in language "de".'],
    ['/feeds/en/rss.xml?category=klimaschutz', 404, 'No category "klimaschutz" in language "en".'],
    ['/feeds/de/rss.xml?limit=0', 400, 'limit must be a whole number from 1 to 50.'],
    ['/feeds/de/rss.xml?limit=51', 400, 'limit must be a whole number from 1 to 50.'],
    ['/feeds/de/rss.xml?limit=abc', 400, 'limit must be a whole number from 1 to 50.'],
    ['/feeds/de/rss.xml?limit=1.5', 400, 'limit must be a whole number from 1 to 50.'],
    ['/feeds/de/rss.xml?category=a&category=b', 400, 'Give category once.'],
    ['/newsroom/fr', 404, 'No pages in language "fr"; there are: de, en.'],
    ['/newsroom/de?page=0', 400, 'page must be a whole number from 1.'],
    ['/newsroom/de?page=9', 404, 'Page 9 does not exist; the last is 1.'],
  ])('%s → %i with a one-line explanation', async (url, status, message) => {
    const { res, body } = await text(app, url);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(body).toBe(`${message}\n`);
  });
});

describe('HTTP', () => {
  it.each([
    ['/feeds/de/rss.xml', 'application/rss+xml; charset=utf-8'],
    ['/feeds/de/atom.xml', 'application/atom+xml; charset=utf-8'],
    ['/feeds/de/feed.json', 'application/feed+json; charset=utf-8'],
    ['/feeds.opml', 'text/x-opml; charset=utf-8'],
    ['/feeds', 'text/html; charset=utf-8'],
    ['/newsroom/de', 'text/html; charset=utf-8'],
  ])('%s is %s with validators and Cache-Control', async (url, type) => {
    const res = await raw(app, url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(res.headers['last-modified']).getTime()).not.toBeNaN();
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
  });

  it('answers 304 to If-None-Match and to If-Modified-Since', async () => {
    const first = await raw(app, '/feeds/de/rss.xml');
    const byEtag = await raw(app, '/feeds/de/rss.xml', { 'If-None-Match': first.headers.etag });
    expect(byEtag.status).toBe(304);
    expect((byEtag.body as Buffer).length).toBe(0);
    const byDate = await raw(app, '/feeds/de/rss.xml', {
      'If-Modified-Since': first.headers['last-modified'],
    });
    expect(byDate.status).toBe(304);
    const older = await raw(app, '/feeds/de/rss.xml', { 'If-None-Match': '"something-else"' });
    expect(older.status).toBe(200);
  });

  it('compresses with gzip or brotli when accepted, to the same bytes', async () => {
    const plain = await wire(app, '/feeds/de/atom.xml', { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const gz = await wire(app, '/feeds/de/atom.xml', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzip(gz.body)).toBe(plain.body.toString('utf8'));
    const br = await wire(app, '/feeds/de/atom.xml', { 'Accept-Encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(unbrotli(br.body)).toBe(plain.body.toString('utf8'));
    expect(br.body.length).toBeLessThan(plain.body.length);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await raw(app, '/feeds/de/rss.xml');
    const head = await app.request().head('/feeds/de/rss.xml');
    expect(head.status).toBe(200);
    expect(head.headers.etag).toBe(get.headers.etag);
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    expect(head.text ?? '').toBe('');
  });
});

describe('pages', () => {
  const page = async (url: string) => {
    const { res, body } = await text(app, url);
    expect(res.status).toBe(200);
    return body;
  };
  const jsonLd = (html: string) =>
    JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]);

  it('renders a release with lang, canonical, reciprocal hreflang, Open Graph and NewsArticle JSON-LD', async () => {
    const de = await page('/newsroom/de/leipzig-erhaelt-das-mission-label');
    const en = await page('/newsroom/en/leipzig-receives-the-mission-label');
    const deUrl = 'http://localhost:1337/newsroom/de/leipzig-erhaelt-das-mission-label';
    const enUrl = 'http://localhost:1337/newsroom/en/leipzig-receives-the-mission-label';
    expect(de).toContain('<html lang="de">');
    expect(en).toContain('<html lang="en">');
    expect(de).toContain(`<link rel="canonical" href="${deUrl}">`);
    for (const html of [de, en]) {
      expect(html).toContain(`<link rel="alternate" hreflang="de" href="${deUrl}">`);
      expect(html).toContain(`<link rel="alternate" hreflang="en" href="${enUrl}">`);
      expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${deUrl}">`);
      expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
    }
    expect(de).toContain('<meta property="og:title" content="Leipzig erhält das Mission-Label">');
    expect(de).toContain('<link rel="alternate" type="application/rss+xml"');
    expect(jsonLd(de)).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Leipzig erhält das Mission-Label',
      datePublished: '2025-05-07T08:00:00Z',
      inLanguage: 'de',
    });
    expect(jsonLd(de).image[0]).toMatchObject({
      creditText: 'Stadt Leipzig',
      license: 'CC BY 4.0',
      caption: 'Die Urkunde',
    });
    expect(de).toContain('<figcaption>Die Urkunde (Foto: Stadt Leipzig, CC BY 4.0)</figcaption>');
    expect(de).toContain('<span class="dateline">Leipzig, 7. Mai 2025</span>');
    expect(de).toContain('<h2>Pressekontakt</h2>');
  });

  it('shows no English page for a German-only release', async () => {
    expect((await text(app, '/newsroom/en/strassenbahn-ueber-die-bruecke')).res.status).toBe(404);
  });

  it('lists the latest releases with feed autodiscovery', async () => {
    const html = await page('/newsroom/de');
    expect(html.indexOf('Leipzig erhält das Mission-Label')).toBeLessThan(
      html.indexOf('Straßenbahn über die Brücke')
    );
    expect(html).toContain('<link rel="alternate" type="application/atom+xml"');
    expect(html).toContain(
      '<link rel="alternate" hreflang="en" href="http://localhost:1337/newsroom/en">'
    );
  });

  it('keeps a title that tries to close the JSON-LD script inert', async () => {
    const id = await createRelease(app.strapi, {
      title: 'Böse </script><script>alert(1)</script>',
    });
    await publish(app.strapi, id);
    const slug = await slugOf(app.strapi, id, 'de', 'published');
    const html = await page(`/newsroom/de/${slug}`);
    expect(html).not.toContain('<script>alert(1)');
    expect(jsonLd(html).headline).toBe('Böse </script><script>alert(1)</script>');
    await app.strapi.documents(RELEASE).delete({ documentId: id, locale: '*' });
  });

  it('lists every feed on /feeds and in an OPML file', async () => {
    const html = await page('/feeds');
    expect(html).toContain('http://localhost:1337/feeds/en/feed.json');
    expect(html).toContain('http://localhost:1337/feeds/de/rss.xml?category=klimaschutz');
    expect(html).toContain('http://localhost:1337/feeds/de/rss.xml?district=suedost');
    const opml = await page('/feeds.opml');
    expect(xmllint(opml).ok).toBe(true);
    expect(opml).toContain('xmlUrl="http://localhost:1337/feeds/en/rss.xml"');
  });
});

describe('always fresh', () => {
  const inFeeds = async (title: string) => ({
    de: (await titles(app, '/feeds/de/rss.xml')).includes(title),
    category: (await titles(app, '/feeds/de/atom.xml?category=klimaschutz')).includes(title),
    json: (await text(app, '/feeds/de/feed.json')).body.includes(title),
    page: (await text(app, '/newsroom/de')).body.includes(title),
  });

  it('shows a release on publish and hides it on unpublish and delete, in every affected feed', async () => {
    const klima = (await app.strapi
      .documents(CATEGORY)
      .findFirst({ locale: 'de', filters: { slug: 'klimaschutz' } })) as { documentId: string };
    const id = await createRelease(app.strapi, {
      title: 'Frisch veröffentlicht',
      categories: [klima.documentId],
    });
    await inFeeds('Frisch veröffentlicht'); // warm every cache first
    await publish(app.strapi, id);
    expect(await inFeeds('Frisch veröffentlicht')).toEqual({
      de: true,
      category: true,
      json: true,
      page: true,
    });
    await app.strapi.documents(RELEASE).unpublish({ documentId: id, locale: 'de' });
    expect(await inFeeds('Frisch veröffentlicht')).toEqual({
      de: false,
      category: false,
      json: false,
      page: false,
    });
    await publish(app.strapi, id);
    expect((await inFeeds('Frisch veröffentlicht')).de).toBe(true);
    await app.strapi.documents(RELEASE).delete({ documentId: id, locale: '*' });
    expect(await inFeeds('Frisch veröffentlicht')).toEqual({
      de: false,
      category: false,
      json: false,
      page: false,
    });
  });

  it('shows an edit of a published release once it is published, not before', async () => {
    await titles(app, '/feeds/de/rss.xml');
    await updateDraft(app.strapi, ids.tram, { title: 'Straßenbahn fährt wieder über die Brücke' });
    expect(await titles(app, '/feeds/de/rss.xml')).toContain('Straßenbahn über die Brücke');
    await publish(app.strapi, ids.tram);
    const now = await titles(app, '/feeds/de/rss.xml');
    expect(now).toContain('Straßenbahn fährt wieder über die Brücke');
    expect(now).not.toContain('Straßenbahn über die Brücke');
  });

  it('shows a correction and moves the updated date', async () => {
    const entryDates = async () => {
      const { body } = await text(app, '/feeds/de/atom.xml');
      const entry = body
        .split('<entry')
        .find((e) => e.includes('Leipzig erhält das Mission-Label'))!;
      return {
        body,
        published: /<published>([^<]+)<\/published>/.exec(entry)![1],
        updated: /<updated>([^<]+)<\/updated>/.exec(entry)![1],
      };
    };
    const before = await entryDates();
    const etag = (await raw(app, '/feeds/de/atom.xml')).headers.etag;
    // Feed dates have whole seconds; a correction comes later than the first publication.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await updateDraft(app.strapi, ids.label, {
      corrections: [{ date: '2025-05-08T10:00:00.000Z', note: 'Die Zahl der Städte war falsch.' }],
    });
    await publish(app.strapi, ids.label);
    const after = await entryDates();
    expect(after.body).toContain('Die Zahl der Städte war falsch.');
    // The release date stays; the updated date moves, so readers show the item as changed.
    expect(after.published).toBe(before.published);
    expect(new Date(after.updated).getTime()).toBeGreaterThan(new Date(before.updated).getTime());
    expect((await raw(app, '/feeds/de/atom.xml', { 'If-None-Match': etag })).status).toBe(200);
    expect((await text(app, '/newsroom/de/leipzig-erhaelt-das-mission-label')).body).toContain(
      'Die Zahl der Städte war falsch.'
    );
  });

  it('follows a renamed category into the feed and the catalogue', async () => {
    await text(app, '/feeds');
    const verkehr = (await app.strapi
      .documents(CATEGORY)
      .findFirst({ locale: 'de', filters: { slug: 'verkehr' } })) as { documentId: string };
    await app.strapi.documents(CATEGORY).update({
      documentId: verkehr.documentId,
      locale: 'de',
      data: { name: 'Verkehr und Mobilität' } as never,
    });
    expect((await text(app, '/feeds')).body).toContain('Verkehr und Mobilität');
    expect((await text(app, '/feeds/de/rss.xml')).body).toContain(
      '<category><![CDATA[Verkehr und Mobilität]]></category>'
    );
  });
});

describe('when the database fails', () => {
  const table = 'newsroom_feed_states';
  const breakDatabase = () =>
    app.strapi.db.connection.raw(`ALTER TABLE ${table} RENAME TO ${table}_broken`);
  const repairDatabase = () =>
    app.strapi.db.connection.raw(`ALTER TABLE ${table}_broken RENAME TO ${table}`);

  it('serves the last good copy marked stale, or 503 with Retry-After, never an empty feed; then recovers', async () => {
    const good = await text(app, '/feeds/de/rss.xml');
    await breakDatabase();
    try {
      const stale = await text(app, '/feeds/de/rss.xml');
      expect(stale.res.status).toBe(200);
      expect(stale.body).toBe(good.body);
      expect(stale.res.headers.warning).toBe('110 - "Response is Stale"');
      expect(stale.res.headers['cache-control']).toBe('no-cache');

      const cold = await text(app, '/feeds/en/rss.xml?limit=3');
      expect(cold.res.status).toBe(503);
      expect(cold.res.headers['retry-after']).toBe('30');
      expect(cold.body).toBe(
        'The newsroom cannot reach its database right now; please retry shortly.\n'
      );
    } finally {
      await repairDatabase();
    }
    const recovered = await text(app, '/feeds/en/rss.xml?limit=3');
    expect(recovered.res.status).toBe(200);
    expect(xmllint(recovered.body).ok).toBe(true);
  });
});

describe('item links', () => {
  it('point at the city website when a URL template is configured', async () => {
    app.strapi.config.set(
      'plugin::newsroom.itemUrlTemplate',
      'https://www.leipzig.de/presse/{locale}/{slug}'
    );
    app.strapi.plugin('newsroom').service('renderCache').clear();
    try {
      const feed = await parseFeed(app, '/feeds/en/rss.xml');
      expect(feed.items[0].link).toBe(
        'https://www.leipzig.de/presse/en/leipzig-receives-the-mission-label'
      );
    } finally {
      app.strapi.config.set('plugin::newsroom.itemUrlTemplate', '');
      app.strapi.plugin('newsroom').service('renderCache').clear();
    }
  });
});
