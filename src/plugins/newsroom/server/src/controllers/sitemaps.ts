import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Config } from '../config';
import { getService } from '../services/get-service';
import { guarded, plain, send } from './respond';

/** GET /sitemap.xml, /sitemaps/releases-{n}.xml, /sitemaps/news-{locale}.xml, /robots.txt. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as Config;
  const sitemaps = () => getService(strapi, 'sitemaps');
  const cache = () => getService(strapi, 'renderCache');

  return {
    async index(ctx: Context) {
      await guarded(ctx, config(), async () =>
        send(ctx, config(), cache(), await sitemaps().sitemap())
      );
    },

    async file(ctx: Context) {
      const { name } = ctx.params as { name: string };
      const part = /^releases-(\d{1,6})\.xml$/.exec(name);
      const news = /^news-([^/]+)\.xml$/.exec(name);
      if (news && !config().locales.includes(news[1]))
        return plain(ctx, 404, `No news sitemap in language "${news[1]}".`);
      if (!part && !news) return plain(ctx, 404, `No sitemap "${name}"; see /sitemap.xml.`);
      await guarded(ctx, config(), async () =>
        send(
          ctx,
          config(),
          cache(),
          part ? await sitemaps().part(Number(part[1])) : await sitemaps().news(news![1])
        )
      );
    },

    async robots(ctx: Context) {
      await guarded(ctx, config(), async () =>
        send(ctx, config(), cache(), await sitemaps().robots())
      );
    },
  };
};
