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
      sitemapUrlLimit: env.int('SITEMAP_URL_LIMIT', 50000),
      schedulerEnabled: env.bool('SCHEDULER_ENABLED', true),
      schedulerPollMs: env.int('SCHEDULER_POLL_MS', 1000),
      push: {
        hub: env('WEBSUB_HUB', ''),
        deliver: env.bool('PUSH_DELIVER', true),
        pollMs: env.int('PUSH_POLL_MS', 1000),
        timeoutMs: env.int('PUSH_TIMEOUT_MS', 10000),
        firstRetrySeconds: env.float('PUSH_FIRST_RETRY_SECONDS', 30),
        maxRetrySeconds: env.float('PUSH_MAX_RETRY_SECONDS', 3600),
        retryForSeconds: env.float('PUSH_RETRY_FOR_SECONDS', 86400),
        leaseSeconds: env.float('PUSH_LEASE_SECONDS', 60),
        keepDays: env.int('PUSH_KEEP_DAYS', 30),
        allowPrivateAddresses: env.bool('WEBHOOK_ALLOW_PRIVATE_ADDRESSES', false),
      },
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: requireSecret(env, 'JWT_SECRET'),
    },
  },
});
