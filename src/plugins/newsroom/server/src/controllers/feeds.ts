import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Config } from '../config';
import { formatOfFile } from '../feeds/catalogue';
import { getService } from '../services/get-service';
import { Forbidden, Unauthorized } from '../services/outlets';
import { guarded, plain, send } from './respond';

const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** GET /feeds/:locale/:file, /feeds and /feeds.opml. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as Config;
  const cache = () => getService(strapi, 'renderCache');
  const publishing = () => getService(strapi, 'publishing');
  const outlets = () => getService(strapi, 'outlets');

  return {
    async feed(ctx: Context) {
      const { locale, file } = ctx.params as { locale: string; file: string };
      if (file === 'embargoed.xml') return this.embargoed(ctx);
      const format = formatOfFile(file);
      if (!format) return plain(ctx, 404, `No feed "${file}": use rss.xml, atom.xml or feed.json.`);
      if (!config().locales.includes(locale)) {
        return plain(
          ctx,
          404,
          `No feeds in language "${locale}"; there are: ${config().locales.join(', ')}.`
        );
      }
      const { category, district, limit } = ctx.query;
      for (const [name, value] of [
        ['category', category],
        ['district', district],
      ] as const) {
        if (Array.isArray(value)) return plain(ctx, 400, `Give ${name} once.`);
        if (typeof value === 'string' && !SLUG.test(value))
          return plain(ctx, 404, `No ${name} "${value}" in language "${locale}".`);
      }
      let count: number | undefined;
      if (limit !== undefined) {
        const max = config().feedLimit;
        count = typeof limit === 'string' && /^\d{1,4}$/.test(limit) ? Number(limit) : NaN;
        if (!(count >= 1 && count <= max))
          return plain(ctx, 400, `limit must be a whole number from 1 to ${max}.`);
      }
      await guarded(ctx, config(), async () => {
        const filter = {
          category: category as string | undefined,
          district: district as string | undefined,
        };
        const { hub } = config().push;
        // WebSub discovery (https://www.w3.org/TR/websub/#discovery): the hub and this exact URL.
        if (hub)
          ctx.set(
            'Link',
            `<${hub}>; rel="hub", <${publishing().feedUrl(locale, format, filter, count)}>; rel="self"`
          );
        send(ctx, config(), cache(), await publishing().feed(format, locale, filter, count));
      });
    },

    /**
     * GET /feeds/:locale/embargoed.xml for accredited outlets: the token in `Authorization:
     * Bearer …` or `?token=`. Anything else gets the same 401, before any lookup of content.
     */
    async embargoed(ctx: Context) {
      const { locale } = ctx.params as { locale: string };
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Vary', 'Authorization');
      const header = ctx.get('Authorization');
      const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      const query = typeof ctx.query.token === 'string' ? ctx.query.token : undefined;
      let outlet;
      try {
        outlet = await outlets().authenticate(bearer ?? query);
      } catch (error) {
        if (!(error instanceof Unauthorized)) throw error;
        ctx.set('WWW-Authenticate', 'Bearer realm="embargo feed"');
        return plain(ctx, 401, 'A valid outlet token is required.');
      }
      if (!config().locales.includes(locale))
        return plain(ctx, 404, `No feeds in language "${locale}".`);
      try {
        const body = await outlets().embargoFeed(
          outlet,
          locale,
          `${config().siteUrl}/feeds/${locale}/embargoed.xml`
        );
        ctx.status = 200;
        ctx.type = 'application/rss+xml; charset=utf-8';
        ctx.body = body;
      } catch (error) {
        if (error instanceof Forbidden) return plain(ctx, 403, error.message);
        throw error;
      }
    },

    async index(ctx: Context) {
      await guarded(ctx, config(), async () =>
        send(ctx, config(), cache(), await publishing().feedsPage())
      );
    },

    async opml(ctx: Context) {
      await guarded(ctx, config(), async () =>
        send(ctx, config(), cache(), await publishing().opml())
      );
    },
  };
};
