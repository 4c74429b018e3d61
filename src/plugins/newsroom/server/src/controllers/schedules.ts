import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { getService } from '../services/get-service';
import { scheduleView } from '../services/scheduler';

/**
 * GET    /newsroom-admin/schedule/:documentId                         the release's schedule
 * POST   /newsroom-admin/schedule/:documentId { embargoUntil? }       publish when the embargo ends
 * DELETE /newsroom-admin/schedule/:documentId                         cancel (outlets are told)
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const scheduler = () => getService(strapi, 'scheduler');
  return {
    async show(ctx: Context) {
      const found = await scheduler().find(ctx.params.documentId as string);
      ctx.body = { schedule: found ? scheduleView(found) : null };
    },

    async schedule(ctx: Context) {
      const body = (ctx.request.body ?? {}) as { embargoUntil?: unknown };
      if (body.embargoUntil !== undefined && typeof body.embargoUntil !== 'string')
        throw new errors.ValidationError('embargoUntil must be a date and time as text.');
      ctx.body = {
        schedule: await scheduler().schedule(
          ctx.params.documentId as string,
          body.embargoUntil as string | undefined,
          ctx.state.userAbility
        ),
      };
    },

    async cancel(ctx: Context) {
      const found = await scheduler().cancel(ctx.params.documentId as string);
      if (!found) throw new errors.NotFoundError('This release is not scheduled.');
      ctx.body = { schedule: scheduleView(found) };
    },
  };
};
