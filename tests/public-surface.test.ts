import { startApp, type TestApp } from './helpers/strapi';
import { asAdmin, loginAs } from './helpers/admin';
import {
  CATEGORY,
  DISTRICT,
  createNewsroom,
  createRelease,
  createTerm,
  publish,
  slugOf,
  translateRelease,
  updateDraft,
} from './helpers/content';

/**
 * Every public surface beyond the REST API (tests/public-api.test.ts covers that): feeds, pages,
 * catalogue, sitemaps, robots.txt and the embargo feed without a valid token. A canary string in
 * a draft and in a scheduled embargoed release (German and English) appears in none of them.
 * And the admin login is rate limited.
 */

const DRAFT_CANARY = 'KANARIE-entwurf-5d1e';
const EMBARGO_CANARY = 'KANARIE-sperrfrist-c07b';

let app: TestApp;
let draftSlug: string;
let embargoSlug: string;
let embargoSlugEn: string;
let publicSlug: string;

beforeAll(async () => {
  app = await startApp();
  const { strapi } = app;
  await createNewsroom(strapi);
  const category = await createTerm(strapi, CATEGORY, 'Verkehr', 'Transport');
  const district = await createTerm(strapi, DISTRICT, 'Mitte', 'Centre');
  const relations = { categories: [category], districts: [district] };
  const draft = await createRelease(strapi, {
    title: `Entwurf ${DRAFT_CANARY}`,
    lead: `Lead ${DRAFT_CANARY}`,
    ...relations,
  });
  const embargoed = await createRelease(strapi, {
    title: `Sperrfrist ${EMBARGO_CANARY}`,
    lead: `Lead ${EMBARGO_CANARY}`,
    dateline: 'Leipzig',
    ...relations,
  });
  await translateRelease(strapi, embargoed, { title: `Embargo ${EMBARGO_CANARY}`, ...relations });
  const officer = await loginAs(app, 'pressOfficer');
  const scheduled = await asAdmin(app, officer).post(`/newsroom-admin/schedule/${embargoed}`, {
    embargoUntil: new Date(Date.now() + 2 * 86400000).toISOString(),
  });
  expect(scheduled.status).toBe(200);
  const visible = await createRelease(strapi, {
    title: 'Öffentlich',
    dateline: 'Leipzig',
    relatedReleases: [draft, embargoed],
    ...relations,
  });
  await translateRelease(strapi, visible, { title: 'Public', ...relations });
  await publish(strapi, visible, 'de');
  await publish(strapi, visible, 'en');
  // Unpublished edits of a public release are drafts too.
  await updateDraft(strapi, visible, { lead: `Edit ${DRAFT_CANARY}` });
  draftSlug = await slugOf(strapi, draft);
  embargoSlug = await slugOf(strapi, embargoed);
  embargoSlugEn = await slugOf(strapi, embargoed, 'en');
  publicSlug = await slugOf(strapi, visible, 'de', 'published');
});

afterAll(async () => {
  await app?.stop();
});

const canaries = [DRAFT_CANARY, EMBARGO_CANARY, 'KANARIE'];

const surfaces = () => [
  '/feeds',
  '/feeds.opml',
  ...['de', 'en'].flatMap((l) => [
    `/feeds/${l}/rss.xml`,
    `/feeds/${l}/atom.xml`,
    `/feeds/${l}/feed.json`,
    `/feeds/${l}/rss.xml?category=verkehr`,
    `/feeds/${l}/rss.xml?district=mitte`,
    `/newsroom/${l}`,
    `/sitemaps/news-${l}.xml`,
    `/feeds/${l}/embargoed.xml`,
    `/feeds/${l}/embargoed.xml?token=nro_guess`,
  ]),
  `/newsroom/de/${publicSlug}`,
  `/newsroom/de/${draftSlug}`,
  `/newsroom/de/${embargoSlug}`,
  `/newsroom/en/${embargoSlugEn}`,
  '/sitemap.xml',
  '/robots.txt',
  '/api/press-releases?populate=*&status=draft',
  '/api/categories?populate=*&status=draft',
];

describe('the whole public surface', () => {
  it('shows no draft and no embargoed text anywhere, in any encoding', async () => {
    for (const url of surfaces()) {
      for (const encoding of ['identity', 'gzip']) {
        const res = await app.request().get(url).set('Accept-Encoding', encoding);
        expect([200, 401, 404]).toContain(res.status);
        for (const canary of canaries) {
          if (res.text.includes(canary)) throw new Error(`${url} shows ${canary}`);
        }
      }
    }
  });

  it('answers the draft and embargoed release pages with 404 as if they did not exist', async () => {
    const missing = await app.request().get('/newsroom/de/no-such-release');
    for (const slug of [draftSlug, embargoSlug]) {
      const res = await app.request().get(`/newsroom/de/${slug}`);
      expect(res.status).toBe(404);
      expect(res.text.replace(slug, 'X')).toBe(missing.text.replace('no-such-release', 'X'));
    }
  });

  it('learns nothing from query-oracle probes on private fields', async () => {
    const ids = (body: { data: { documentId: string }[] }) => body.data.map((r) => r.documentId);
    const baseline = await app.request().get('/api/press-releases?locale=de');
    const probes = [
      '/api/press-releases?filters[createdBy][resetPasswordToken][$startsWith]=a',
      '/api/press-releases?filters[createdBy][registrationToken][$null]=false',
      '/api/press-releases?filters[updatedBy][email][$startsWith]=p',
      '/api/press-releases?sort[0]=updatedBy.password:asc',
      '/api/press-releases?populate[createdBy][fields][0]=password',
      '/api/press-releases?fields[0]=createdBy',
      '/api/categories?filters[pressReleases][updatedBy][password][$startsWith]=$2',
      '/api/press-contacts?filters[pressReleases][lead][$startsWith]=Edit',
    ];
    for (const url of probes) {
      const res = await app.request().get(url);
      expect([200, 400]).toContain(res.status);
      if (res.status === 200 && url.startsWith('/api/press-releases'))
        expect(ids(res.body)).toEqual(ids(baseline.body));
      if (res.status === 200 && !url.startsWith('/api/press-releases'))
        expect(res.body.data).toEqual([]);
      if (res.status === 200) expect(res.text).not.toMatch(/password|Token|"email":"[^"]*test/);
    }
    // Outlets and their token hashes have no public route at all.
    for (const url of ['/api/outlets', '/api/newsroom/outlets', '/api/deliveries']) {
      expect((await app.request().get(url)).status).toBe(404);
    }
  });
});

describe('admin login', () => {
  it('is rate limited after five failed attempts for one address', async () => {
    const attempt = () =>
      app
        .request()
        .post('/admin/login')
        .send({ email: 'chief@example.org', password: 'wrong-password-1A' });
    const statuses: number[] = [];
    for (let n = 0; n < 7; n += 1) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});
