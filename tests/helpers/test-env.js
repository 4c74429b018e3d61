/**
 * Runs before every test file, before anything loads Strapi: Strapi reads .env when its
 * configuration module loads, so a developer's .env (another database, demo seeding) must never
 * reach a test. Secrets are fresh per file; no test depends on a fixed one.
 */
const freshSecrets = require('../../scripts/fresh-secrets');
const path = require('path');
const os = require('os');

process.env.ENV_PATH = path.join(os.tmpdir(), 'newsroom-tests-have-no-dotenv');
process.env.NODE_ENV = 'test';
process.env.SEED_DEMO = 'false';
process.env.ADMIN_EMAIL = '';
process.env.ADMIN_PASSWORD = '';
Object.assign(process.env, freshSecrets());
// Strapi's request log would bury Jest's output.
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'error';
