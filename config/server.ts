import { requireSecret, type Env } from './lib/secrets';

export default ({ env }: { env: Env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // Public base URL, used for absolute links in feeds, pages and the admin panel.
  url: env('PUBLIC_URL', ''),
  // Behind a load balancer the client address and protocol come from X-Forwarded-* headers.
  proxy: { koa: env.bool('IS_PROXIED', false) },
  // Where /uploads and other static files live; tests point it at a throw-away folder.
  dirs: { public: env('PUBLIC_DIR', './public') },
  app: {
    keys: requireSecret(env, 'APP_KEYS').split(','),
  },
});
