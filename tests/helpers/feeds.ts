import path from 'path';
import { spawnSync } from 'child_process';
import http from 'http';
import type { AddressInfo } from 'net';
import zlib from 'zlib';
import Parser from 'rss-parser';
import type { TestApp } from './strapi';

/** Fetching and parsing feeds the way an outlet's reader would. */

export const parser = new Parser({
  customFields: {
    item: [
      ['content:encoded', 'contentEncoded'],
      ['atom:link', 'atomLinks', { keepArray: true }],
    ],
  },
});

export const xmllint = (xml: string) => {
  const result = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
  if (result.error) throw new Error('xmllint is missing: apt-get install libxml2-utils');
  return { ok: result.status === 0, errors: result.stderr };
};

const XSD_DIR = path.join(__dirname, '..', 'fixtures', 'xsd');

/** xmllint --schema against one of tests/fixtures/xsd (written from the sitemap protocols). */
export const xmllintSchema = (xml: string, schema: string) => {
  const result = spawnSync('xmllint', ['--noout', '--schema', path.join(XSD_DIR, schema), '-'], {
    input: xml,
    encoding: 'utf8',
  });
  if (result.error) throw new Error('xmllint is missing: apt-get install libxml2-utils');
  // On success xmllint reports "- validates"; anything else is an error.
  return { ok: result.status === 0, errors: result.stderr.replace(/^- validates\n$/, '') };
};

/** GET with a raw body (no JSON parsing, no decompression), for byte-exact checks. */
export const raw = (app: TestApp, url: string, headers: Record<string, string> = {}) => {
  const request = app.request().get(url);
  for (const [k, v] of Object.entries(headers)) request.set(k, v);
  return request.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
};

export const text = async (app: TestApp, url: string) => {
  const res = await raw(app, url);
  return { res, body: (res.body as Buffer).toString('utf8') };
};

/** Parses an RSS or Atom feed after checking it is well-formed for libxml2. */
export const parseFeed = async (app: TestApp, url: string) => {
  const { res, body } = await text(app, url);
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body}`);
  const lint = xmllint(body);
  if (!lint.ok) throw new Error(`${url} is not well-formed: ${lint.errors}`);
  return parser.parseString(body);
};

export const titles = async (app: TestApp, url: string) =>
  (await parseFeed(app, url)).items.map((i) => i.title);

export const gunzip = (b: Buffer) => zlib.gunzipSync(b).toString('utf8');
export const unbrotli = (b: Buffer) => zlib.brotliDecompressSync(b).toString('utf8');

/** The bytes exactly as they cross the wire (supertest would decompress gzip for us). */
export const wire = async (app: TestApp, url: string, headers: Record<string, string>) => {
  const server = app.strapi.server.httpServer;
  if (!server.listening)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: url, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks),
            })
          );
        })
        .on('error', reject);
    }
  );
};
