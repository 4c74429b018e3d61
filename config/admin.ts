import { requireSecret, type Env } from './lib/secrets';

export default ({ env }: { env: Env }) => ({
  auth: {
    secret: requireSecret(env, 'ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: requireSecret(env, 'API_TOKEN_SALT'),
  },
  transfer: {
    token: { salt: requireSecret(env, 'TRANSFER_TOKEN_SALT') },
  },
  secrets: {
    encryptionKey: requireSecret(env, 'ENCRYPTION_KEY'),
  },
  // The build runs offline: no update checks, no marketing prompts.
  flags: { nps: false, promoteEE: false },
});
