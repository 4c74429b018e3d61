import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { Config } from '../config';
import { getService } from '../services/get-service';

/**
 * GET  /newsroom-admin/readiness/:documentId?locale=de   the checks, for the edit view
 * POST /newsroom-admin/publish/:documentId { sourceOnly? }  German and current translations together
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as Config;
  return {
    async readiness(ctx: Context) {
      const locale = ctx.query.locale ?? config().locales[0];
      if (typeof locale !== 'string' || !config().locales.includes(locale)) {
        throw new errors.ValidationError(`locale must be one of: ${config().locales.join(', ')}.`);
      }
      ctx.body = {
        checks: await getService(strapi, 'releasePublishing').checks(
          ctx.params.documentId as string,
          locale
        ),
      };
    },

    async publish(ctx: Context) {
      const body = (ctx.request.body ?? {}) as { sourceOnly?: unknown };
      if (body.sourceOnly !== undefined && typeof body.sourceOnly !== 'boolean') {
        throw new errors.ValidationError('sourceOnly must be true or false.');
      }
      ctx.body = await getService(strapi, 'releasePublishing').publishTogether(
        ctx.params.documentId as string,
        { sourceOnly: body.sourceOnly === true },
        ctx.state.userAbility
      );
    },
  };
};
