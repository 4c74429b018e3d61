const crypto = require('crypto');

/**
 * Fresh random values for every secret Strapi needs (config/lib/secrets.ts refuses to start
 * without them). One source for the first-run .env, the test runs and the benchmark.
 */
const key = () => crypto.randomBytes(24).toString('base64');

module.exports = () => ({
  APP_KEYS: [key(), key(), key(), key()].join(','),
  API_TOKEN_SALT: key(),
  ADMIN_JWT_SECRET: key(),
  TRANSFER_TOKEN_SALT: key(),
  ENCRYPTION_KEY: key(),
  JWT_SECRET: key(),
});
