import type { Context } from 'koa';
import { NotFound, Unavailable, type Entry, type RenderCache } from '../services/render-cache';
import type { Config } from '../config';

/**
 * HTTP for every feed and page: ETag and Last-Modified with 304 answers, Cache-Control, gzip or
 * brotli when the client accepts it, and plain one-line errors. HEAD is answered by the router
 * from the GET route; Koa drops the body.
 */

export const plain = (ctx: Context, status: number, message: string): void => {
  ctx.status = status;
  ctx.type = 'text/plain; charset=utf-8';
  ctx.body = `${message}\n`;
};

export const send = (
  ctx: Context,
  config: Config,
  cache: RenderCache,
  { entry, stale }: { entry: Entry; stale: boolean }
): void => {
  ctx.status = 200;
  ctx.set('ETag', entry.etag);
  ctx.set('Last-Modified', entry.lastModified.toUTCString());
  ctx.set('Vary', 'Accept-Encoding');
  if (stale) {
    // The database is unreachable: this is the last good copy (RFC 7234 §5.5.1 "Response is Stale").
    ctx.set('Cache-Control', 'no-cache');
    ctx.set('Warning', '110 - "Response is Stale"');
  } else {
    ctx.set('Cache-Control', `public, max-age=${config.maxAge}`);
  }
  // Koa compares If-None-Match / If-Modified-Since with the headers just set.
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  const encoding = ctx.acceptsEncodings('br', 'gzip', 'identity');
  const chosen = encoding === 'br' || encoding === 'gzip' ? encoding : 'identity';
  ctx.type = entry.mime;
  if (chosen !== 'identity') ctx.set('Content-Encoding', chosen);
  ctx.body = cache.encoded(entry, chosen);
};

/** Runs a handler, turning NotFound into 404 and Unavailable into 503 with Retry-After. */
export const guarded = async (
  ctx: Context,
  config: Config,
  handler: () => Promise<void>
): Promise<void> => {
  try {
    await handler();
  } catch (error) {
    if (error instanceof NotFound) return plain(ctx, 404, error.message);
    if (error instanceof Unavailable) {
      ctx.set('Retry-After', String(config.retryAfter));
      return plain(
        ctx,
        503,
        'The newsroom cannot reach its database right now; please retry shortly.'
      );
    }
    throw error;
  }
};
