import type { Core } from '@strapi/strapi';

export type Env = Core.Config.Shared.ConfigParams['env'];

/**
 * Reads a secret that has no default on purpose. A missing secret stops the start with a message
 * naming it; in development `npm run develop` writes a `.env` with fresh keys before Strapi starts
 * (scripts/ensure-env.js), so only a hand-started Strapi without `.env` ends up here.
 */
export const requireSecret = (env: Env, name: string): string => {
  const value = env(name, '');
  if (!value.trim()) {
    throw new Error(
      `Missing secret ${name}: set it in the environment (or run "npm run develop" once in development, which writes a .env with fresh keys).`
    );
  }
  return value;
};
