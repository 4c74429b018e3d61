import crypto from 'crypto';
import zlib from 'zlib';
import type { Core } from '@strapi/strapi';
import type { Config } from '../config';
import { getService } from './get-service';

/**
 * Rendered feeds and pages, kept per instance and trusted only while the content version in the
 * database is unchanged. Compressed copies are made once per rendering, not per request.
 */

export type Rendered = { body: string; mime: string; lastModified: Date };

export type Entry = Rendered & {
  version: string;
  etag: string;
  bytes: Buffer;
  gzip?: Buffer;
  br?: Buffer;
};

export class Unavailable extends Error {}
export class NotFound extends Error {}

export const renderCache = ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = new Map<string, Entry>();
  const limit = () => (strapi.config.get('plugin::newsroom') as Config).cacheEntries;

  const remember = (key: string, entry: Entry) => {
    entries.delete(key);
    entries.set(key, entry);
    // Map keeps insertion order: the first key is the least recently used.
    while (entries.size > limit()) entries.delete(entries.keys().next().value as string);
  };

  return {
    /**
     * The entry for `key`, rendered anew when the content changed. When the database fails, the
     * last good copy comes back marked stale; without one, Unavailable is thrown (a 503), never an
     * empty or partial feed. NotFound from `render` passes through.
     */
    async get(
      key: string,
      render: () => Promise<Rendered>
    ): Promise<{ entry: Entry; stale: boolean }> {
      const cached = entries.get(key);
      let version: string;
      try {
        version = await getService(strapi, 'contentVersion').current();
      } catch (error) {
        strapi.log.error(`[newsroom] content version unreadable: ${String(error)}`);
        if (cached) return { entry: cached, stale: true };
        throw new Unavailable(String(error));
      }
      if (cached && cached.version === version) {
        remember(key, cached);
        return { entry: cached, stale: false };
      }
      let rendered: Rendered;
      try {
        rendered = await render();
      } catch (error) {
        if (error instanceof NotFound) throw error;
        strapi.log.error(`[newsroom] rendering ${key} failed: ${String(error)}`);
        if (cached) return { entry: cached, stale: true };
        throw new Unavailable(String(error));
      }
      const bytes = Buffer.from(rendered.body, 'utf8');
      const etag = `"${crypto.createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
      const entry: Entry = { ...rendered, version, etag, bytes };
      remember(key, entry);
      return { entry, stale: false };
    },

    /** The body compressed for the client, computed once per entry. */
    encoded(entry: Entry, encoding: 'br' | 'gzip' | 'identity'): Buffer {
      if (encoding === 'br') {
        entry.br ??= zlib.brotliCompressSync(entry.bytes, {
          params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 },
        });
        return entry.br;
      }
      if (encoding === 'gzip') {
        entry.gzip ??= zlib.gzipSync(entry.bytes, { level: 9 });
        return entry.gzip;
      }
      return entry.bytes;
    },

    clear(): void {
      entries.clear();
    },
  };
};

export type RenderCache = ReturnType<typeof renderCache>;
