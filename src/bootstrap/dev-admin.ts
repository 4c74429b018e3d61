import type { Core } from '@strapi/strapi';

/**
 * In development, creates the first super admin from ADMIN_EMAIL / ADMIN_PASSWORD so a newcomer
 * can log in at once; without them Strapi shows its first-run registration screen.
 */
export const ensureDevAdmin = async (
  strapi: Core.Strapi,
  email: string | undefined,
  password: string | undefined
): Promise<void> => {
  if (!email || !password) return;
  const users = strapi.service('admin::user');
  if (await users.exists()) return;
  const superAdmin = (await strapi.service('admin::role').getSuperAdmin()) as { id: number } | null;
  if (!superAdmin) throw new Error('Strapi has no Super Admin role yet.');
  await users.create({
    email: email.toLowerCase(),
    firstname: 'Newsroom',
    lastname: 'Admin',
    password,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  strapi.log.info(`[newsroom] created admin ${email} (from ADMIN_EMAIL)`);
};
