import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Config } from '../config';
import { getService } from '../services/get-service';
import { guarded, plain, send } from './respond';

/** GET /newsroom/:locale (the latest releases, paginated) and /newsroom/:locale/:slug. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as Config;
  const cache = () => getService(strapi, 'renderCache');
  const publishing = () => getService(strapi, 'publishing');

  const knownLocale = (ctx: Context, locale: string) => {
    if (config().locales.includes(locale)) return true;
    plain(ctx, 404, `No pages in language "${locale}"; there are: ${config().locales.join(', ')}.`);
    return false;
  };

  return {
    async list(ctx: Context) {
      const { locale } = ctx.params as { locale: string };
      if (!knownLocale(ctx, locale)) return;
      const raw = ctx.query.page ?? '1';
      const page = typeof raw === 'string' && /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
      if (!(page >= 1)) return plain(ctx, 400, 'page must be a whole number from 1.');
      await guarded(ctx, config(), async () =>
        send(ctx, config(), cache(), await publishing().listPage(locale, page))
      );
    },

    async release(ctx: Context) {
      const { locale, slug } = ctx.params as { locale: string; slug: string };
      if (!knownLocale(ctx, locale)) return;
      await guarded(ctx, config(), async () =>
        send(ctx, config(), cache(), await publishing().releasePage(locale, slug))
      );
    },
  };
};
