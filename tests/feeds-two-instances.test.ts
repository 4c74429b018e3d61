import { startApp, type TestApp } from './helpers/strapi';
import { startSecondInstance } from './helpers/second-instance';
import {
  CATEGORY,
  createNewsroom,
  createRelease,
  createTerm,
  publish,
  updateDraft,
} from './helpers/content';
import { parser } from './helpers/feeds';

/**
 * Two instances on one database: a change made through one is in the other's feeds at once,
 * although the other had the feed cached. No waiting, no cache expiry.
 */

let app: TestApp;
let second: { url: string; stop: () => Promise<void> };
let klima: string;

beforeAll(async () => {
  app = await startApp();
  await createNewsroom(app.strapi);
  klima = await createTerm(app.strapi, CATEGORY, 'Klimaschutz', 'Climate');
  second = await startSecondInstance();
});

afterAll(async () => {
  await second?.stop();
  await app?.stop();
});

const fromSecond = async (path: string) => {
  const res = await fetch(`${second.url}${path}`);
  expect(res.status).toBe(200);
  return { etag: res.headers.get('etag'), feed: await parser.parseString(await res.text()) };
};
const titlesOnSecond = async (path: string) =>
  (await fromSecond(path)).feed.items.map((i) => i.title);

it('sees a publish, an edit, an unpublish and a delete made on the first instance', async () => {
  // Warm the second instance's caches.
  expect(await titlesOnSecond('/feeds/de/rss.xml')).toEqual([]);
  expect(await titlesOnSecond('/feeds/de/atom.xml?category=klimaschutz')).toEqual([]);
  const { etag } = await fromSecond('/feeds/de/rss.xml');

  const id = await createRelease(app.strapi, { title: 'Von Instanz A', categories: [klima] });
  await publish(app.strapi, id);
  expect(await titlesOnSecond('/feeds/de/rss.xml')).toEqual(['Von Instanz A']);
  expect(await titlesOnSecond('/feeds/de/atom.xml?category=klimaschutz')).toEqual([
    'Von Instanz A',
  ]);
  expect((await fromSecond('/feeds/de/rss.xml')).etag).not.toBe(etag);

  await updateDraft(app.strapi, id, { title: 'Von Instanz A, geändert' });
  await publish(app.strapi, id);
  expect(await titlesOnSecond('/feeds/de/rss.xml')).toEqual(['Von Instanz A, geändert']);

  await app.strapi
    .documents('api::press-release.press-release')
    .unpublish({ documentId: id, locale: 'de' });
  expect(await titlesOnSecond('/feeds/de/rss.xml')).toEqual([]);

  await publish(app.strapi, id);
  expect(await titlesOnSecond('/feeds/de/rss.xml')).toEqual(['Von Instanz A, geändert']);
  await app.strapi
    .documents('api::press-release.press-release')
    .delete({ documentId: id, locale: '*' });
  expect(await titlesOnSecond('/feeds/de/rss.xml')).toEqual([]);
  const page = await fetch(`${second.url}/newsroom/de`);
  expect(await page.text()).not.toContain('Von Instanz A');
});
