import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { defaultLocale } from '../content/documents';
import type { DocumentContext, Next } from '../content/middleware-types';

/**
 * Strapi 5.54's Content Manager checks a create permission without the new entry (content-manager
 * controllers/collection-types.js createDocument; a comment there still plans to "revert the
 * creation if create permission conditions are not met"), so a role allowed to create only English
 * could create a German release. This Document Service middleware checks the locale the entry will be
 * created in against the admin user's permissions.
 */

type Checker = { cannot: { create: (entity?: object) => boolean } };
type AdminRequest = { state?: { userAbility?: unknown } };

export const localeGuard =
  (strapi: Core.Strapi) =>
  async (ctx: DocumentContext, next: Next): Promise<unknown> => {
    if (ctx.action !== 'create') return next();
    const userAbility = (strapi.requestContext.get() as AdminRequest | undefined)?.state
      ?.userAbility;
    if (!userAbility) return next();

    const locale =
      typeof ctx.params.locale === 'string' ? ctx.params.locale : await defaultLocale(strapi);
    const checker = strapi
      .plugin('content-manager')
      .service('permission-checker')
      .create({ userAbility, model: ctx.uid }) as Checker;
    if (checker.cannot.create({ locale })) {
      throw new errors.ForbiddenError(
        `Your role may not create entries in the locale "${locale}".`
      );
    }
    return next();
  };
