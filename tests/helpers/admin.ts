import crypto from 'crypto';
import type { TestApp } from './strapi';

export type AdminSession = { email: string; token: string; id: number };

const ROLE_CODES = {
  superAdmin: 'strapi-super-admin',
  pressOfficer: 'newsroom-press-officer',
  translator: 'newsroom-translator',
} as const;

export type Role = keyof typeof ROLE_CODES;

/** Creates an active admin user with one role; returns what a login needs. */
export const createAdminUser = async (
  app: TestApp,
  role: Role
): Promise<{ email: string; password: string; id: number }> => {
  const { strapi } = app;
  const roleRow = (await strapi.db
    .query('admin::role')
    .findOne({ where: { code: ROLE_CODES[role] } })) as { id: number };
  const email = `${role.toLowerCase()}-${crypto.randomBytes(3).toString('hex')}@example.org`;
  const password = `Test-${crypto.randomBytes(6).toString('hex')}A1`;
  const user = (await strapi.service('admin::user').create({
    email,
    firstname: role,
    lastname: 'Test',
    password,
    isActive: true,
    registrationToken: null,
    roles: [roleRow.id],
  })) as { id: number };
  return { email, password, id: user.id };
};

/** Creates an admin user with one of the newsroom's roles and logs in through /admin/login. */
export const loginAs = async (app: TestApp, role: Role): Promise<AdminSession> => {
  const { email, password, id } = await createAdminUser(app, role);
  const res = await app.request().post('/admin/login').send({ email, password });
  if (res.status !== 200)
    throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { email, token: res.body.data.token as string, id };
};

export const CM_RELEASES = '/content-manager/collection-types/api::press-release.press-release';

/** An admin request with the session's bearer token. */
export const asAdmin = (app: TestApp, session: AdminSession) => {
  const auth = (r: import('supertest').Test) => r.set('Authorization', `Bearer ${session.token}`);
  return {
    get: (url: string) => auth(app.request().get(url)),
    post: (url: string, body?: object) => auth(app.request().post(url)).send(body ?? {}),
    put: (url: string, body?: object) => auth(app.request().put(url)).send(body ?? {}),
    del: (url: string) => auth(app.request().delete(url)),
  };
};
