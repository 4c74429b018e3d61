import { spawnSync } from 'child_process';
import path from 'path';
import { startApp, type TestApp } from './helpers/strapi';

/** The newsroom plugin checks its configuration at boot, and creates the index its feeds need. */

const root = path.join(__dirname, '..');

it('stops the start with a message naming a wrong config key', () => {
  const result = spawnSync(
    process.execPath,
    [
      '-e',
      `require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(root)}, distDir: ${JSON.stringify(path.join(root, 'dist'))} }).load().then(() => process.exit(0))`,
    ],
    {
      env: {
        ...process.env,
        FEED_LIMIT: '0',
        DATABASE_FILENAME: path.join(root, '.tmp', 'never-created.db'),
      },
      encoding: 'utf8',
      timeout: 60000,
      cwd: root,
    }
  );
  expect(result.status).not.toBe(0);
  expect(result.stdout + result.stderr).toContain('newsroom.config.feedLimit');
});

describe('database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('has the feed-order index on releases, so a feed costs the same however large the archive', async () => {
    const indexes = (await app.strapi.db.dialect.schemaInspector.getIndexes('press_releases')) as {
      name: string;
      columns: string[];
    }[];
    const index = indexes.find((i) => i.name === 'press_releases_feed_order');
    expect(index?.columns.sort()).toEqual(['locale', 'release_date']);
  });

  it('has the indexes the Translations list needs, one status row per release and language', async () => {
    const indexes = (await app.strapi.db.dialect.schemaInspector.getIndexes(
      'newsroom_translation_statuses'
    )) as { name: string; columns: string[]; type?: string }[];
    const byName = Object.fromEntries(indexes.map((i) => [i.name, i]));
    expect(byName.newsroom_translation_statuses_list.columns.sort()).toEqual([
      'source_updated_at',
      'status',
      'target_locale',
    ]);
    expect(byName.newsroom_translation_statuses_release).toMatchObject({ type: 'unique' });
  });
});
