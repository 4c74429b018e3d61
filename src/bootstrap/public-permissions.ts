import type { Core } from '@strapi/strapi';
import { CATEGORY, CONTACT, DISTRICT, NEWSROOM, RELEASE } from '../content/documents';

/** What an unauthenticated caller of /api may do: read, and only these types. */
export const PUBLIC_ACTIONS = [
  `${RELEASE}.find`,
  `${RELEASE}.findOne`,
  `${CATEGORY}.find`,
  `${CATEGORY}.findOne`,
  `${DISTRICT}.find`,
  `${DISTRICT}.findOne`,
  `${CONTACT}.find`,
  `${CONTACT}.findOne`,
  `${NEWSROOM}.find`,
];

const PERMISSION = 'plugin::users-permissions.permission';

/**
 * Makes the Public role's permissions exactly PUBLIC_ACTIONS: adds what is missing and removes
 * anything else (users-permissions grants sign-up and password routes by default; a press
 * newsroom has no public accounts).
 */
export const ensurePublicPermissions = async (strapi: Core.Strapi): Promise<void> => {
  const role = (await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } })) as { id: number } | null;
  if (!role) throw new Error('The users-permissions Public role is missing.');

  const existing = (await strapi.db.query(PERMISSION).findMany({ where: { role: role.id } })) as {
    id: number;
    action: string;
  }[];
  const have = new Set(existing.map((p) => p.action));

  const extra = existing.filter((p) => !PUBLIC_ACTIONS.includes(p.action));
  if (extra.length > 0) {
    await strapi.db
      .query(PERMISSION)
      .deleteMany({ where: { id: { $in: extra.map((p) => p.id) } } });
  }
  for (const action of PUBLIC_ACTIONS.filter((a) => !have.has(a))) {
    await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
  }
};
