import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { getService } from '../services/get-service';

/**
 * POST   /newsroom-admin/outlets/:documentId/token        a new access token, shown this once
 * DELETE /newsroom-admin/outlets/:documentId/token        revoke the token
 * GET    /newsroom-admin/outlets/:documentId/deliveries   webhook deliveries, newest first
 * POST   /newsroom-admin/deliveries/:id/resend            send again (same body and key)
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async issueToken(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await getService(strapi, 'outlets').issueToken(ctx.params.documentId as string);
  },

  async revokeToken(ctx: Context) {
    await getService(strapi, 'outlets').revokeToken(ctx.params.documentId as string);
    ctx.body = { revoked: true };
  },

  async deliveries(ctx: Context) {
    const rows = await getService(strapi, 'outbox').forOutlet(ctx.params.documentId as string);
    ctx.body = {
      deliveries: rows.map((r) => ({
        id: r.id,
        event: r.event,
        releaseId: r.releaseId,
        state: r.state,
        attempts: r.attempts,
        idempotencyKey: r.idempotencyKey,
        lastStatus: r.lastStatus,
        lastError: r.lastError,
        createdAt: r.createdAt,
        nextAttemptAt: r.nextAttemptAt,
        deliveredAt: r.deliveredAt,
        log: r.log ?? [],
      })),
    };
  },

  async resend(ctx: Context) {
    const id = Number(ctx.params.id);
    if (!Number.isInteger(id) || id < 1) throw new errors.ValidationError('id must be a number.');
    const row = await getService(strapi, 'outbox').resend(id);
    if (!row) throw new errors.NotFoundError(`No delivery ${id}.`);
    ctx.body = { id: row.id, state: row.state };
  },
});
