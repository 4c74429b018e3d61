#!/usr/bin/env node
/**
 * First run in development: writes a missing .env with freshly generated random secrets and a
 * development admin account, so `npm run develop` works on a fresh clone. In production it writes
 * nothing; Strapi then stops at start with a message naming any missing secret (config/lib/secrets.ts).
 *
 * Usage: node scripts/ensure-env.js [--help]
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const freshSecrets = require('./fresh-secrets');

if (process.argv.includes('--help')) {
  console.log(
    'Usage: node scripts/ensure-env.js  — writes .env with fresh secrets if it is missing (not in production).'
  );
  process.exit(0);
}

// ENV_PATH is where Strapi itself reads the file from, when set.
const file = process.env.ENV_PATH || path.resolve(__dirname, '..', '.env');
if (process.env.NODE_ENV === 'production' || fs.existsSync(file)) process.exit(0);

// Strapi wants 8+ characters with an upper-case letter, a lower-case letter and a digit.
const password = `Newsroom-${crypto.randomBytes(6).toString('hex')}A1`;

const lines = [
  '# Written by scripts/ensure-env.js on first run. Development only: never commit this file.',
  'HOST=0.0.0.0',
  'PORT=1337',
  ...Object.entries(freshSecrets()).map(([name, value]) => `${name}=${value}`),
  '# The first admin account, created on start when the database has none.',
  'ADMIN_EMAIL=admin@example.org',
  `ADMIN_PASSWORD=${password}`,
  '',
];
fs.writeFileSync(file, lines.join('\n'), { mode: 0o600 });
console.log(`Wrote ${file} with fresh secrets.`);
console.log(`Admin login for http://localhost:1337/admin: admin@example.org / ${password}`);
