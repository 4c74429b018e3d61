import { startApp, type TestApp } from './helpers/strapi';
import {
  CATEGORY,
  CONTACT,
  DISTRICT,
  createNamed,
  createRelease,
  inFuture,
  publish,
  translateRelease,
  updateDraft,
} from './helpers/content';

/**
 * The Public role (no credentials at all) and read-only API tokens: they read published releases,
 * categories, districts, contacts and the newsroom, and nothing else. A draft or an embargoed
 * release never shows, however the query is phrased.
 */

const DRAFT_CANARY = 'CANARY-draft-7f3a';
const EMBARGO_CANARY = 'CANARY-embargo-91bc';

let app: TestApp;
let publicId: string;
let draftId: string;
let embargoedId: string;
let categoryId: string;

beforeAll(async () => {
  app = await startApp();
  const { strapi } = app;
  categoryId = await createNamed(strapi, CATEGORY, { name: 'Klimaschutz' });
  const districtId = await createNamed(strapi, DISTRICT, { name: 'Mitte' });
  const contactId = await createNamed(strapi, CONTACT, {
    name: 'Clara Beispiel',
    email: 'presse@example.org',
  });
  for (const [uid, id] of [
    [CATEGORY, categoryId],
    [DISTRICT, districtId],
    [CONTACT, contactId],
  ] as const) {
    await strapi.documents(uid).update({ documentId: id, locale: 'en', data: { name: 'EN' } });
  }
  const relations = { categories: [categoryId], districts: [districtId], contacts: [contactId] };

  publicId = await createRelease(strapi, { title: 'Öffentliche Meldung', ...relations });
  await publish(strapi, publicId);

  draftId = await createRelease(strapi, {
    title: `Entwurf ${DRAFT_CANARY}`,
    ...relations,
    relatedReleases: [publicId],
  });
  embargoedId = await createRelease(strapi, {
    title: `Sperrfrist ${EMBARGO_CANARY}`,
    embargoUntil: inFuture(2),
    ...relations,
  });
  await translateRelease(strapi, embargoedId, {
    title: `Embargoed ${EMBARGO_CANARY}`,
    ...relations,
  });
  // The published release points at the draft: populating it must not reveal the draft.
  await updateDraft(strapi, publicId, { relatedReleases: [draftId, embargoedId] });
  await publish(strapi, publicId);
  // A published release whose draft now holds unpublished text: only the published text is public.
  await updateDraft(strapi, publicId, { lead: `Unpublished edit ${DRAFT_CANARY}` });
});

afterAll(async () => {
  await app?.stop();
});

const publicGet = async (url: string) => {
  const res = await app.request().get(url);
  return { status: res.status, text: res.text, body: res.body };
};

const expectNoCanary = (text: string) => {
  expect(text).not.toContain(DRAFT_CANARY);
  expect(text).not.toContain(EMBARGO_CANARY);
};

describe('Public role', () => {
  it('lists only the published release', async () => {
    const res = await publicGet('/api/press-releases?locale=de');
    expect(res.status).toBe(200);
    expect(res.body.data.map((r: { documentId: string }) => r.documentId)).toEqual([publicId]);
    expectNoCanary(res.text);
  });

  const draftQueries = [
    '/api/press-releases?status=draft',
    '/api/press-releases?locale=de&status=draft',
    '/api/press-releases?locale=en&status=draft',
    '/api/press-releases?locale=*&status=draft',
    '/api/press-releases?status=draft&populate=*',
    '/api/press-releases?status=draft&populate[relatedReleases]=*',
    '/api/press-releases?status=draft&populate[localizations]=*',
    '/api/press-releases?status=draft&filters[title][$contains]=CANARY',
    '/api/press-releases?status=published&filters[embargoUntil][$notNull]=true',
    '/api/categories?locale=de&status=draft&populate=pressReleases',
    '/api/categories?populate[pressReleases][populate]=*&status=draft',
    '/api/districts?status=draft&populate=pressReleases',
    '/api/press-contacts?status=draft&populate=pressReleases',
    '/api/press-contacts?populate[pressReleases][populate][relatedReleases]=*',
  ];

  it.each(draftQueries)('%s shows no draft and no embargoed release', async (url) => {
    const res = await publicGet(url);
    // Either refused, or answered from published content only.
    expect([200, 400]).toContain(res.status);
    expectNoCanary(res.text);
  });

  it('cannot fetch a draft or an embargoed release by documentId', async () => {
    for (const id of [draftId, embargoedId]) {
      for (const suffix of ['', '?status=draft', '?locale=en&status=draft']) {
        const res = await publicGet(`/api/press-releases/${id}${suffix}`);
        expect(res.status).toBe(404);
        expectNoCanary(res.text);
      }
    }
  });

  it('learns nothing about drafts from filters through relations', async () => {
    // With the draft's title as filter the answer must be the one for a title no release has.
    const probe = (title: string) =>
      publicGet(
        `/api/categories?locale=de&status=draft&filters[pressReleases][title][$contains]=${encodeURIComponent(title)}`
      );
    const hit = await probe(DRAFT_CANARY);
    const miss = await probe('no-such-title-anywhere');
    expect(hit.status).toBe(200);
    expect(hit.body.data).toEqual(miss.body.data);
    expect(hit.body.data).toEqual([]);

    const published = await probe('Öffentliche');
    expect(published.body.data.map((c: { documentId: string }) => c.documentId)).toEqual([
      categoryId,
    ]);
  });

  it('learns nothing from filters, sort or populate on admin users', async () => {
    const baseline = await publicGet('/api/press-releases?locale=de');
    const probes = [
      '/api/press-releases?filters[createdBy][email][$startsWith]=a',
      '/api/press-releases?filters[updatedBy][id][$eq]=1',
      '/api/press-releases?filters[createdBy][password][$startsWith]=$',
      '/api/press-releases?sort=createdBy.email',
      '/api/press-releases?populate=createdBy',
      '/api/press-releases?populate[updatedBy]=*',
      '/api/categories?filters[pressReleases][createdBy][email][$startsWith]=a',
    ];
    for (const url of probes) {
      const res = await publicGet(url);
      expect([200, 400]).toContain(res.status);
      if (res.status === 200) {
        if (!url.startsWith('/api/categories')) {
          expect(res.body.data.map((r: { documentId: string }) => r.documentId)).toEqual(
            baseline.body.data.map((r: { documentId: string }) => r.documentId)
          );
        }
        expect(res.text).not.toMatch(/"(password|firstname|lastname|createdBy|updatedBy)"/);
      }
    }
  });

  it('cannot write anything', async () => {
    const body = { data: { title: 'Hacked', lead: 'x', body: [] } };
    expect((await app.request().post('/api/press-releases').send(body)).status).toBe(403);
    expect((await app.request().put(`/api/press-releases/${publicId}`).send(body)).status).toBe(
      403
    );
    expect((await app.request().delete(`/api/press-releases/${publicId}`)).status).toBe(403);
    expect(
      (
        await app
          .request()
          .post('/api/categories')
          .send({ data: { name: 'x' } })
      ).status
    ).toBe(403);
  });

  it('reads categories, districts, contacts and the newsroom, and nothing else', async () => {
    for (const url of ['/api/categories', '/api/districts', '/api/press-contacts']) {
      expect((await publicGet(url)).status).toBe(200);
    }
    // The newsroom single type exists in no test database yet: allowed, but not found.
    expect((await publicGet('/api/newsroom')).status).toBe(404);
    for (const url of ['/api/users', '/api/upload/files', '/api/i18n/locales']) {
      expect([403, 404]).toContain((await publicGet(url)).status);
    }
    // No public sign-up: a press newsroom has no public accounts.
    const signUp = await app
      .request()
      .post('/api/auth/local/register')
      .send({ username: 'x', email: 'x@example.org', password: 'Passw0rd!' });
    expect(signUp.status).toBe(403);
  });
});

describe('read-only API token', () => {
  let token: string;
  beforeAll(async () => {
    const created = (await app.strapi.service('admin::api-token').create({
      name: 'outlet read-only',
      type: 'read-only',
      lifespan: null,
    })) as { accessKey: string };
    token = created.accessKey;
  });

  it('gets published content only, even with ?status=draft', async () => {
    for (const url of [
      '/api/press-releases?status=draft&locale=*',
      '/api/categories?status=draft&populate=pressReleases',
      `/api/press-releases/${draftId}?status=draft`,
    ]) {
      const res = await app.request().get(url).set('Authorization', `Bearer ${token}`);
      expect([200, 404]).toContain(res.status);
      expectNoCanary(res.text);
    }
    const list = await app
      .request()
      .get('/api/press-releases?status=draft')
      .set('Authorization', `Bearer ${token}`);
    expect(list.body.data.map((r: { documentId: string }) => r.documentId)).toEqual([publicId]);
  });

  it('a full-access token still sees drafts (it can write them anyway)', async () => {
    const full = (await app.strapi.service('admin::api-token').create({
      name: 'integration',
      type: 'full-access',
      lifespan: null,
    })) as { accessKey: string };
    const res = await app
      .request()
      .get('/api/press-releases?status=draft&locale=de')
      .set('Authorization', `Bearer ${full.accessKey}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain(DRAFT_CANARY);
  });
});
