import { startApp, type TestApp } from './helpers/strapi';
import { CM_RELEASES, asAdmin, loginAs } from './helpers/admin';
import {
  CATEGORY,
  createNamed,
  createRelease,
  draftOf,
  publish,
  translateRelease,
  updateDraft,
} from './helpers/content';

/** Slugs: German transliteration, unique per locale, frozen once published, changeable on purpose. */

let app: TestApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

const slugOf = async (id: string, locale = 'de') => (await draftOf(app.strapi, id, locale)).slug;

it('transliterates German: ä ö ü ß become ae oe ue ss', async () => {
  const id = await createRelease(app.strapi, { title: 'Straßenbahn über die Brücke' });
  expect(await slugOf(id)).toBe('strassenbahn-ueber-die-bruecke');
});

it('is unique within a locale and may repeat across locales', async () => {
  const first = await createRelease(app.strapi, { title: 'Stadtrat tagt' });
  const second = await createRelease(app.strapi, { title: 'Stadtrat tagt' });
  const third = await createRelease(app.strapi, { title: 'Stadtrat  tagt!' });
  expect([await slugOf(first), await slugOf(second), await slugOf(third)]).toEqual([
    'stadtrat-tagt',
    'stadtrat-tagt-2',
    'stadtrat-tagt-3',
  ]);
  // The English version of another release may use the same words.
  await translateRelease(app.strapi, first, { title: 'Stadtrat tagt' });
  expect(await slugOf(first, 'en')).toBe('stadtrat-tagt');
});

it('follows the headline while the release is unpublished', async () => {
  const id = await createRelease(app.strapi, { title: 'Erster Entwurf' });
  await updateDraft(app.strapi, id, { title: 'Zweiter Entwurf' });
  expect(await slugOf(id)).toBe('zweiter-entwurf');
});

it('is frozen once published: a new headline or an emptied slug keeps the link', async () => {
  const id = await createRelease(app.strapi, { title: 'Baustelle am Ring' });
  await publish(app.strapi, id);
  await updateDraft(app.strapi, id, { title: 'Baustelle am Ring verlängert' });
  expect(await slugOf(id)).toBe('baustelle-am-ring');
  await updateDraft(app.strapi, id, { slug: '' });
  expect(await slugOf(id)).toBe('baustelle-am-ring');
  await publish(app.strapi, id);
  const res = await app
    .request()
    .get('/api/press-releases?locale=de&filters[slug][$eq]=baustelle-am-ring');
  expect(res.body.data).toHaveLength(1);
  expect(res.body.data[0].title).toBe('Baustelle am Ring verlängert');
});

it('frozen per locale: publishing German does not freeze the unpublished English', async () => {
  const id = await createRelease(app.strapi, { title: 'Neue Bibliothek' });
  await translateRelease(app.strapi, id, { title: 'New library' });
  await publish(app.strapi, id, 'de');
  await translateRelease(app.strapi, id, { title: 'New city library' });
  expect(await slugOf(id, 'en')).toBe('new-city-library');
  expect(await slugOf(id, 'de')).toBe('neue-bibliothek');
});

it('an editor can change a published slug on purpose; a clash is refused with a clear message', async () => {
  const officer = await loginAs(app, 'pressOfficer');
  const taken = await createRelease(app.strapi, { title: 'Belegt' });
  const id = await createRelease(app.strapi, { title: 'Alte Adresse' });
  await publish(app.strapi, id);

  const changed = await asAdmin(app, officer).put(`${CM_RELEASES}/${id}?locale=de`, {
    slug: 'Neue Adresse für Öffis',
  });
  expect(changed.status).toBe(200);
  expect(await slugOf(id)).toBe('neue-adresse-fuer-oeffis');

  const clash = await asAdmin(app, officer).put(`${CM_RELEASES}/${id}?locale=de`, {
    slug: await slugOf(taken),
  });
  expect(clash.status).toBe(400);
  expect(clash.body.error.message).toBe(
    'The slug "belegt" is already used by another entry in "de". Choose another.'
  );
  expect(clash.body.error.details.errors[0].path).toEqual(['slug']);
  expect(await slugOf(id)).toBe('neue-adresse-fuer-oeffis');
});

it('a slug that another release still has published is taken, even if its draft moved on', async () => {
  const a = await createRelease(app.strapi, { title: 'Sommerfest' });
  await publish(app.strapi, a);
  await updateDraft(app.strapi, a, { slug: 'sommerfest-2026' });
  const b = await createRelease(app.strapi, { title: 'Sommerfest' });
  expect(await slugOf(b)).toBe('sommerfest-2');
});

it('falls back to a readable slug when the headline has no letters', async () => {
  const id = await createRelease(app.strapi, { title: '🎉🎉 !!!' });
  expect(await slugOf(id)).toBe('release');
});

it('categories get slugs by the same rules', async () => {
  const id = await createNamed(app.strapi, CATEGORY, { name: 'Grünflächen & Bäume' });
  const cat = await app.strapi.documents(CATEGORY).findOne({ documentId: id, locale: 'de' });
  expect(cat?.slug).toBe('gruenflaechen-und-baeume');
});
