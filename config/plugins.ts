import { requireSecret, type Env } from './lib/secrets';

export default ({ env }: { env: Env }) => ({
  'users-permissions': {
    config: {
      jwtSecret: requireSecret(env, 'JWT_SECRET'),
    },
  },
});
