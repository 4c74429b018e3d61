#!/usr/bin/env node
/**
 * npm run bench — how fast the feeds are, as ratios against baselines measured in the same run
 * with the same client (autocannon), so a noisy shared machine moves both sides alike.
 *
 *   1. 10,000 releases per locale in a fresh SQLite database, the app in production mode:
 *      GET /_health (the framework's floor), /feeds/de/rss.xml warm, the same answered 304 by
 *      If-None-Match, and Strapi's own REST list of the same 50 releases with populate=*.
 *      Server memory (RSS) is read after the load.
 *   2. The Translations list API (admin) at 1,000 and 10,000 releases, by page size.
 *   3. The first render after a change, at 1,000 and at 100,000 releases (median of 15).
 *
 * Options: --duration S (seconds per load run, default 10), --connections N (default 20),
 * --rounds N (interleaved rounds of part 1, default 3), --load-only (skip part 2).
 * The releases and their translation status rows are written with SQL, not the Document Service:
 * 40,000 rows through the API would take longer than the measurement (and an archive's first
 * start computes the statuses in the background, a one-off that is not what is measured here).
 * The app compiled in dist/ is what runs.
 */
const { spawn } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const autocannon = require('autocannon');
const Database = require('better-sqlite3');
const freshSecrets = require('./fresh-secrets');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
if (process.argv.includes('--help')) {
  console.log(
    fs
      .readFileSync(__filename, 'utf8')
      .split('*/')[0]
      .replace(/^#!.*\n\/\*\*/, '')
  );
  process.exit(0);
}
const DURATION = arg('duration', 10);
const CONNECTIONS = arg('connections', 20);
const ROUNDS = arg('rounds', 3);
const appDir = path.resolve(__dirname, '..');

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const SCRIPT = `require('@strapi/strapi').createStrapi({ appDir: process.env.APP_DIR, distDir: process.env.APP_DIR + '/dist', serveAdminPanel: false }).start().catch((e) => { console.error(e); process.exit(1); });`;

/** Starts the app in production mode on `dbFile`; resolves when /_health answers. */
const startServer = async (dbFile) => {
  const port = await freePort();
  const scratch = path.dirname(dbFile);
  fs.mkdirSync(path.join(scratch, 'public', 'uploads'), { recursive: true });
  const child = spawn(process.execPath, ['-e', SCRIPT], {
    env: {
      ...process.env,
      APP_DIR: appDir,
      NODE_ENV: 'production',
      ENV_PATH: path.join(scratch, 'no.env'),
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: dbFile,
      PUBLIC_DIR: path.join(scratch, 'public'),
      LOG_LEVEL: 'error',
      ...freshSecrets(),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.add(child);
  const url = `http://127.0.0.1:${port}`;
  // An existing archive gets its translation statuses computed on the first start: allow time.
  for (let i = 0; i < 720; i += 1) {
    if (child.exitCode !== null) throw new Error('the app exited during start');
    try {
      if ((await fetch(`${url}/_health`)).status === 204) return { url, child };
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the app did not start within 3 minutes');
};

// A failed run must not leave a server behind.
const children = new Set();
process.on('exit', () => children.forEach((child) => child.kill('SIGKILL')));

const stopServer = async ({ child }) => {
  children.delete(child);
  const exited = new Promise((r) => child.on('exit', r));
  child.kill('SIGTERM');
  await exited;
};

const rssMb = (pid) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)[1]);
  return { now: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
};

const paragraph = (text) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const id = () => crypto.randomBytes(12).toString('hex').slice(0, 24);

/** Writes `count` releases per locale, each as a draft row and a published row, as Strapi does.
 * Returns the documentIds. */
const seedReleases = (dbFile, count, locales) => {
  const ids = [];
  const db = new Database(dbFile);
  db.pragma('busy_timeout = 10000');
  const insert = db.prepare(`INSERT INTO press_releases
    (document_id, title, subtitle, lead, body, slug, dateline, release_number, release_date, created_at, updated_at, published_at, locale)
    VALUES (?, ?, NULL, ?, ?, ?, 'Leipzig', ?, ?, ?, ?, ?, ?)`);
  const body = JSON.stringify(
    [1, 2, 3].map((n) =>
      paragraph(
        `Absatz ${n}: ${'Die Stadt Leipzig informiert über Bauarbeiten und Termine. '.repeat(6)}`
      )
    )
  );
  const start = Date.parse('2025-01-01T08:00:00Z');
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const documentId = id();
      ids.push(documentId);
      const when = new Date(start + i * 60000).toISOString();
      for (const locale of locales) {
        const title = `${locale === 'de' ? 'Pressemitteilung' : 'Press release'} ${i}: Straßenbahn über die Brücke`;
        for (const publishedAt of [null, when]) {
          insert.run(
            documentId,
            title,
            `Lead ${i} ${'x'.repeat(200)}`,
            body,
            `release-${i}`,
            `PM ${i}/2025`,
            when,
            when,
            when,
            publishedAt,
            locale
          );
        }
      }
    }
  })();
  db.close();
  return ids;
};

/** Translation status rows for seeded releases, as the plugin keeps them (statuses in turn). */
const seedStatuses = (dbFile, documentIds) => {
  const db = new Database(dbFile);
  const insert = db.prepare(`INSERT INTO newsroom_translation_statuses
    (document_id, release_id, target_locale, status, source_hash, synced_hash, source_title, source_updated_at, created_at, updated_at, published_at)
    VALUES (?, ?, 'en', ?, 'h', 'h', ?, ?, ?, ?, ?)`);
  const statuses = ['missing', 'outdated', 'draft', 'current'];
  const start = Date.parse('2025-01-01T08:00:00Z');
  db.transaction(() => {
    documentIds.forEach((documentId, i) => {
      const when = new Date(start + i * 60000).toISOString();
      insert.run(
        id(),
        documentId,
        statuses[i % 4],
        `Pressemitteilung ${i}`,
        when,
        when,
        when,
        when
      );
    });
  })();
  db.close();
};

/** Median server round trip of the Translations list API, in ms, per page size. */
const translationsListMs = async (releases, pageSizes) => {
  const dbFile = await freshDatabase(`translations-${releases}`);
  seedStatuses(dbFile, seedReleases(dbFile, releases, ['de', 'en']));
  const server = await startServer(dbFile);
  const registered = await fetch(`${server.url}/admin/register-admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      firstname: 'Bench',
      lastname: 'Mark',
      email: 'bench@example.org',
      password: 'Bench-mark-1',
    }),
  });
  const token = (await registered.json()).data.token;
  const result = {};
  for (const pageSize of pageSizes) {
    const url = `${server.url}/newsroom-admin/translations?locale=en&page=2&pageSize=${pageSize}&status=outdated`;
    const times = [];
    for (let i = 0; i < 21; i += 1) {
      const t0 = process.hrtime.bigint();
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      const body = await res.json();
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (
        res.status !== 200 ||
        body.results.length !== Math.min(pageSize, releases / 4 - pageSize)
      ) {
        throw new Error(
          `translations list answered ${res.status} with ${body.results?.length} rows`
        );
      }
    }
    times.sort((a, b) => a - b);
    result[pageSize] = times[10];
  }
  await stopServer(server);
  return result;
};

/** Samples the server's RSS while `work` runs; resolves to its result and the highest RSS in MB. */
const sampled = async (pid, work) => {
  let max = 0;
  const timer = setInterval(() => (max = Math.max(max, rssMb(pid).now)), 250);
  try {
    return { result: await work(), maxMb: max };
  } finally {
    clearInterval(timer);
  }
};

const load = async (url, headers = {}, duration = DURATION) => {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, headers });
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([s, v]) => `${s}×${v.count}`)
    .join(' ');
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    statuses,
  };
};

/** An empty database with the app's schema: the app creates it on its first start. */
const freshDatabase = async (name) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `newsroom-bench-${name}-`));
  const dbFile = path.join(dir, 'data.db');
  await stopServer(await startServer(dbFile));
  return dbFile;
};

const firstRenderMs = async (dbFile, releases) => {
  seedStatuses(dbFile, seedReleases(dbFile, releases, ['de']));
  const server = await startServer(dbFile);
  const db = new Database(dbFile);
  db.pragma('busy_timeout = 10000');
  const bump = db.prepare(
    "UPDATE newsroom_feed_states SET version = version + 1 WHERE key = 'content'"
  );
  const times = [];
  await fetch(`${server.url}/feeds/de/rss.xml`); // JIT and connection warm-up
  for (let i = 0; i < 15; i += 1) {
    bump.run();
    const t0 = process.hrtime.bigint();
    const res = await fetch(`${server.url}/feeds/de/rss.xml`);
    await res.arrayBuffer();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (res.status !== 200) throw new Error(`first render answered ${res.status}`);
  }
  db.close();
  await stopServer(server);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
};

const main = async () => {
  console.log(
    `City Newsroom benchmark — ${os.cpus().length} cores, Node ${process.version}, ${CONNECTIONS} connections, ${DURATION} s per run\n`
  );

  const dbFile = await freshDatabase('load');
  seedStatuses(dbFile, seedReleases(dbFile, 10000, ['de', 'en']));
  const server = await startServer(dbFile);
  const feedUrl = `${server.url}/feeds/de/rss.xml`;
  const first = await fetch(feedUrl);
  const etag = first.headers.get('etag');
  const xml = await first.text();
  const items = (xml.match(/<item>/g) ?? []).length;
  const gzipped = require('zlib').gzipSync(xml).length;
  console.log(
    `seeded 10,000 releases per locale; the feed has ${items} items, ${Math.round(Buffer.byteLength(xml) / 1024)} kB (${Math.round(gzipped / 1024)} kB gzipped)\n`
  );

  const endpoints = {
    health: [`${server.url}/_health`, {}],
    // Feed readers ask for compression (feedparser, browsers, aggregators); both are reported.
    feed: [feedUrl, { 'accept-encoding': 'gzip' }],
    feedIdentity: [feedUrl, { 'accept-encoding': 'identity' }],
    notModified: [feedUrl, { 'if-none-match': etag }],
  };
  // Warm-up (JIT, caches), then interleaved rounds: each ratio compares runs made minutes apart
  // at most, and the median of the rounds resists a neighbour's burst on a shared machine.
  for (const [url, headers] of Object.values(endpoints)) await load(url, headers, 2);
  const { result: rounds, maxMb: feedLoadMb } = await sampled(server.child.pid, async () => {
    const all = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const runs = {};
      for (const [name, [url, headers]] of Object.entries(endpoints)) {
        runs[name] = await load(url, headers);
      }
      all.push(runs);
    }
    return all;
  });
  const rest = await load(
    `${server.url}/api/press-releases?locale=de&pagination[pageSize]=50&populate=*`
  );
  const memory = rssMb(server.child.pid);
  await stopServer(server);

  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const row = (name, runs) => {
    const pick = (k) => median(runs.map((r) => r[k]));
    const errors = runs.reduce((n, r) => n + r.errors, 0);
    return `${name.padEnd(46)} ${pick('rps').toFixed(0).padStart(8)} ${String(pick('p50')).padStart(6)} ${String(pick('p99')).padStart(6)}  ${runs[0].statuses.split('×')[0]}${errors && !runs[0].statuses.startsWith('304') ? `  (${errors} errors)` : ''}`;
  };
  const of = (name) => rounds.map((r) => r[name]);
  console.log(
    `${'endpoint (median of rounds)'.padEnd(46)} ${'req/s'.padStart(8)} ${'p50ms'.padStart(6)} ${'p99ms'.padStart(6)}  status`
  );
  console.log(row('GET /_health (floor)', of('health')));
  console.log(row('GET /feeds/de/rss.xml warm, gzip', of('feed')));
  console.log(row('GET /feeds/de/rss.xml warm, uncompressed', of('feedIdentity')));
  console.log(row('GET /feeds/de/rss.xml If-None-Match', of('notModified')));
  console.log(row('GET /api/press-releases 50, populate=* (REST)', [rest]));
  console.log(
    `server memory: ${feedLoadMb} MB RSS at most during the feed load; ${memory.peak} MB peak since the start (first-start translation backfill of the archive and Strapi's REST list included)\n`
  );
  const roundRatio = (name) => median(rounds.map((r) => r[name].rps / r.health.rps));

  if (process.argv.includes('--load-only')) return;
  const listSmall = await translationsListMs(1000, [50]);
  const listLarge = await translationsListMs(10000, [10, 50, 100]);
  console.log('Translations list API, status filter and counts, median of 21 (ms):');
  console.log(`  1,000 releases, page of 50: ${listSmall[50].toFixed(1)}`);
  console.log(
    `  10,000 releases, page of 10 / 50 / 100: ${[10, 50, 100].map((n) => listLarge[n].toFixed(1)).join(' / ')}\n`
  );

  const small = await firstRenderMs(await freshDatabase('1k'), 1000);
  const large = await firstRenderMs(await freshDatabase('100k'), 100000);

  const feedRps = median(of('feed').map((r) => r.rps));
  const checks = [
    ['warm feed (gzip) / _health', roundRatio('feed'), '≥ 0.8', roundRatio('feed') >= 0.8],
    ['warm feed (uncompressed) / _health', roundRatio('feedIdentity'), '', true],
    ['304 / _health', roundRatio('notModified'), '', true],
    ['warm feed (gzip) / REST list', feedRps / rest.rps, '≥ 10', feedRps >= 10 * rest.rps],
    [
      `first render 100k / 1k (${large.toFixed(1)} ms / ${small.toFixed(1)} ms)`,
      large / small,
      '≤ 1.5',
      large <= 1.5 * small,
    ],
    ['server memory during the feed load, max MB RSS', feedLoadMb, '< 500', feedLoadMb < 500],
    ['server memory, peak since start, MB RSS', memory.peak, '', true],
  ].map(([name, value, target, ok]) => [
    name,
    Number.isInteger(value) ? String(value) : value.toFixed(2),
    target,
    ok,
  ]);
  console.log('ratio'.padEnd(52), 'value'.padStart(7), 'target'.padStart(8));
  for (const [name, value, target, ok] of checks) {
    console.log(
      `${name.padEnd(52)} ${value.padStart(7)} ${target.padStart(8)}  ${target ? (ok ? 'met' : 'MISSED') : ''}`
    );
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
