import type { Env } from './lib/secrets';

/** What a development start does for a newcomer. Production ignores all of it. */
export default ({ env }: { env: Env }) => ({
  // Seed the demo releases when the database has no content yet (src/seed).
  seed: env.bool('SEED_DEMO', true),
  // The first super admin, created when no admin exists (src/bootstrap/dev-admin.ts).
  adminEmail: env('ADMIN_EMAIL', ''),
  adminPassword: env('ADMIN_PASSWORD', ''),
});
