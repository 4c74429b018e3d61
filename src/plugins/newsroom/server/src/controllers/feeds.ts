import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Config } from '../config';
import { formatOfFile } from '../feeds/catalogue';
import { getService } from '../services/get-service';
import { guarded, plain, send } from './respond';

const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** GET /feeds/:locale/:file, /feeds and /feeds.opml. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as Config;
  const cache = () => getService(strapi, 'renderCache');
  const publishing = () => getService(strapi, 'publishing');

  return {
    async feed(ctx: Context) {
      const { locale, file } = ctx.params as { locale: string; file: string };
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
        send(ctx, config(), cache(), await publishing().feed(format, locale, filter, count));
      });
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
