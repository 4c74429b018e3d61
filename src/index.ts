import type { Core } from '@strapi/strapi';
import { ensureAdminLayout } from './bootstrap/admin-layout';
import { ensureAdminRoles } from './bootstrap/admin-roles';
import { ensureDevAdmin } from './bootstrap/dev-admin';
import { ensureLocales } from './bootstrap/locales';
import { ensurePublicPermissions } from './bootstrap/public-permissions';
import type { DocumentContext, Next } from './content/middleware-types';
import { releaseDefaults } from './content/release-defaults';
import { slugMiddleware } from './content/slug-middleware';
import { validationMiddleware } from './content/validation-middleware';
import { hasContent, seedDemo } from './seed/seed';
import { draftGuard } from './security/draft-guard';
import { localeGuard } from './security/locale-guard';

type DocumentMiddleware = (ctx: DocumentContext, next: Next) => Promise<unknown>;
type DemoConfig = { seed: boolean; adminEmail: string; adminPassword: string };

const use = (strapi: Core.Strapi, middleware: DocumentMiddleware) =>
  strapi.documents.use(middleware as unknown as Parameters<typeof strapi.documents.use>[0]);

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Order matters: the guards come first; validation runs before slugs are made.
    use(strapi, draftGuard(strapi));
    use(strapi, localeGuard(strapi));
    use(strapi, validationMiddleware(strapi));
    use(strapi, releaseDefaults(strapi));
    use(strapi, slugMiddleware(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensureAdminRoles(strapi);
    await ensurePublicPermissions(strapi);
    await ensureAdminLayout(strapi);

    if (strapi.config.get('environment') === 'production') return;
    const demo = strapi.config.get('demo') as DemoConfig;
    await ensureDevAdmin(strapi, demo.adminEmail, demo.adminPassword);
    if (demo.seed && !(await hasContent(strapi))) await seedDemo(strapi);
  },
};
