import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { Config } from '../config';
import { getService } from '../services/get-service';
import { STATUSES } from '../services/translation-status';
import type { TranslationStatus } from '../translation/source-text';

/** GET /newsroom-admin/translations and /newsroom-admin/translations/:documentId. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as Config;

  const targetLocale = (value: unknown): string => {
    const targets = config().locales.slice(1);
    const locale = value === undefined ? targets[0] : value;
    if (typeof locale !== 'string' || !targets.includes(locale)) {
      throw new errors.ValidationError(
        `locale must be one of the translation languages: ${targets.join(', ')}.`
      );
    }
    return locale;
  };

  const wholeNumber = (value: unknown, name: string, fallback: number, max: number): number => {
    if (value === undefined) return fallback;
    const n = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : NaN;
    if (!(n >= 1 && n <= max))
      throw new errors.ValidationError(`${name} must be a whole number from 1 to ${max}.`);
    return n;
  };

  return {
    async list(ctx: Context) {
      const { status, q, page, pageSize } = ctx.query;
      if (status !== undefined && !STATUSES.includes(status as TranslationStatus)) {
        throw new errors.ValidationError(`status must be one of: ${STATUSES.join(', ')}.`);
      }
      if (q !== undefined && typeof q !== 'string')
        throw new errors.ValidationError('q must be given once.');
      ctx.body = await getService(strapi, 'translationStatus').list({
        locale: targetLocale(ctx.query.locale),
        status: status as TranslationStatus | undefined,
        q: q?.trim() || undefined,
        page: wholeNumber(page, 'page', 1, 100000),
        pageSize: wholeNumber(pageSize, 'pageSize', 50, 100),
      });
    },

    async detail(ctx: Context) {
      const found = await getService(strapi, 'translationStatus').detail(
        ctx.params.documentId as string,
        targetLocale(ctx.query.locale)
      );
      if (!found) throw new errors.NotFoundError('No such release.');
      ctx.body = found;
    },
  };
};
