import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

/**
 * Serves the public feeds and pages before Strapi's router. They are the hottest paths of the
 * app, and the router would first try them against every admin and API route (several hundred
 * patterns) — that matching costs more than sending a cached feed. Listed in config/middlewares.ts
 * after Strapi's logger, security headers and CORS, so those still apply.
 *
 *   GET /feeds                      every feed (HTML)         feeds.index
 *   GET /feeds.opml                 every feed (OPML)         feeds.opml
 *   GET /feeds/{locale}/{file}      rss.xml, atom.xml, feed.json, ?category ?district ?limit
 *   GET /newsroom/{locale}          the latest releases, ?page
 *   GET /newsroom/{locale}/{slug}   one release
 *   GET /feeds/{locale}/embargoed.xml  upcoming embargoed releases, for an outlet's token
 *   GET /sitemap.xml, /sitemaps/releases-{n}.xml, /sitemaps/news-{locale}.xml, /robots.txt
 */

type Handler = (ctx: Context) => Promise<void>;
type Controller = Record<string, Handler>;

const SEGMENT = '([^/]+)';
const ROUTES: { pattern: RegExp; controller: string; action: string; params: string[] }[] = [
  { pattern: /^\/feeds\/?$/, controller: 'feeds', action: 'index', params: [] },
  { pattern: /^\/feeds\.opml$/, controller: 'feeds', action: 'opml', params: [] },
  {
    pattern: new RegExp(`^/feeds/${SEGMENT}/${SEGMENT}$`),
    controller: 'feeds',
    action: 'feed',
    params: ['locale', 'file'],
  },
  {
    pattern: new RegExp(`^/newsroom/${SEGMENT}/?$`),
    controller: 'pages',
    action: 'list',
    params: ['locale'],
  },
  {
    pattern: new RegExp(`^/newsroom/${SEGMENT}/${SEGMENT}$`),
    controller: 'pages',
    action: 'release',
    params: ['locale', 'slug'],
  },
  { pattern: /^\/sitemap\.xml$/, controller: 'sitemaps', action: 'index', params: [] },
  {
    pattern: new RegExp(`^/sitemaps/${SEGMENT}$`),
    controller: 'sitemaps',
    action: 'file',
    params: ['name'],
  },
  { pattern: /^\/robots\.txt$/, controller: 'sitemaps', action: 'robots', params: [] },
];

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    if (
      (ctx.method !== 'GET' && ctx.method !== 'HEAD') ||
      !/^\/(feeds|newsroom\/|sitemap|robots\.txt)/.test(ctx.path)
    ) {
      return next();
    }
    for (const route of ROUTES) {
      const match = route.pattern.exec(ctx.path);
      if (!match) continue;
      let params: Record<string, string>;
      try {
        params = Object.fromEntries(
          route.params.map((name, i) => [name, decodeURIComponent(match[i + 1])])
        );
      } catch {
        ctx.status = 400;
        ctx.type = 'text/plain; charset=utf-8';
        ctx.body = 'Malformed URL encoding.\n';
        return;
      }
      ctx.params = params;
      const controller = strapi
        .plugin('newsroom')
        .controller(route.controller) as unknown as Controller;
      return controller[route.action](ctx);
    }
    return next();
  };
