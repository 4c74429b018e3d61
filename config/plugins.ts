import { requireSecret, type Env } from './lib/secrets';

export default ({ env }: { env: Env }) => ({
  // Feeds and public pages; every option is described in src/plugins/newsroom/server/src/config.ts.
  newsroom: {
    enabled: true,
    resolve: './src/plugins/newsroom',
    config: {
      locales: [env('SOURCE_LOCALE', 'de'), ...env.array('TARGET_LOCALES', ['en'])],
      siteUrl: env('PUBLIC_URL', 'http://localhost:1337').replace(/\/+$/, ''),
      itemUrlTemplate: env('FEED_ITEM_URL_TEMPLATE', ''),
      idAuthority: env('FEED_ID_AUTHORITY', 'localhost,2025'),
      feedLimit: env.int('FEED_LIMIT', 50),
      maxAge: env.int('FEED_MAX_AGE', 60),
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: requireSecret(env, 'JWT_SECRET'),
    },
  },
});
