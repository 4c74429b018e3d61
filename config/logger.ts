import type { Env } from './lib/secrets';

export default ({ env }: { env: Env }) => ({
  // error | warn | info | http (every request, Strapi's default) | verbose | debug
  level: env('LOG_LEVEL', 'http'),
});
