import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { Config } from '../config';
import { getService } from '../services/get-service';
import { STATUSES } from '../services/translation-status';
import type { TranslationStatus } from '../translation/source-text';

/**
 * GET  /newsroom-admin/xliff?locale=en&documentIds=a,b   (or &status=missing,outdated)
 * POST /newsroom-admin/xliff   { "xliff": "<?xml …" }
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as Config;
  const targetLocale = (value: unknown): string => {
    const targets = config().locales.slice(1);
    if (typeof value !== 'string' || !targets.includes(value)) {
      throw new errors.ValidationError(
        `locale must be one of the translation languages: ${targets.join(', ')}.`
      );
    }
    return value;
  };
  const csv = (value: unknown) =>
    typeof value === 'string' && value.trim() ? value.split(',').map((s) => s.trim()) : [];

  return {
    async export(ctx: Context) {
      const locale = targetLocale(ctx.query.locale);
      let ids = csv(ctx.query.documentIds);
      const statuses = csv(ctx.query.status);
      if (statuses.some((s) => !STATUSES.includes(s as TranslationStatus))) {
        throw new errors.ValidationError(
          `status must be a comma-separated list of: ${STATUSES.join(', ')}.`
        );
      }
      if (ids.length === 0 && statuses.length > 0) {
        ids = await getService(strapi, 'translationStatus').idsWith(
          locale,
          statuses as TranslationStatus[]
        );
      }
      if (ids.length === 0)
        throw new errors.ValidationError(
          'Choose releases: documentIds=… or status=missing,outdated.'
        );
      const body = await getService(strapi, 'xliff').export(locale, ids);
      const day = new Date().toISOString().slice(0, 10);
      ctx.type = 'application/x-xliff+xml; charset=utf-8';
      ctx.set(
        'Content-Disposition',
        `attachment; filename="newsroom-${config().locales[0]}-${locale}-${day}.xlf"`
      );
      ctx.body = body;
    },

    async import(ctx: Context) {
      const body = ctx.request.body as { xliff?: unknown } | undefined;
      if (typeof body?.xliff !== 'string')
        throw new errors.ValidationError('Send the file as JSON: { "xliff": "<?xml …" }.');
      ctx.body = await getService(strapi, 'xliff').import(body.xliff, ctx.state.userAbility);
    },
  };
};
