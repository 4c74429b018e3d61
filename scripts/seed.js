#!/usr/bin/env node
/**
 * Seeds the demo releases into the configured database (development only).
 *
 *   npm run seed              seed an empty database; refuses if it already has content
 *   npm run seed -- --reset   delete all releases, categories, districts, contacts and the
 *                             newsroom, then seed again
 *
 * Uses the compiled app in dist/ (npm run seed compiles it first).
 */
const path = require('path');

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log(
    require('fs')
      .readFileSync(__filename, 'utf8')
      .split('*/')[0]
      .replace(/^#!.*\n\/\*\*/, '')
  );
  process.exit(0);
}
const reset = args.includes('--reset');

const main = async () => {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('Refusing to seed demo content in production (NODE_ENV=production).');
  }
  // Bootstrap must not seed on its own: this script decides.
  process.env.SEED_DEMO = 'false';
  const appDir = path.resolve(__dirname, '..');
  const distDir = path.join(appDir, 'dist');
  const { createStrapi } = require('@strapi/strapi');
  const app = await createStrapi({ appDir, distDir }).load();
  try {
    const { hasContent, deleteContent, seedDemo } = require(path.join(distDir, 'src/seed/seed.js'));
    if (await hasContent(app)) {
      if (!reset) {
        throw new Error(
          'The database already has content; nothing was changed. Run "npm run seed -- --reset" to delete it and seed the demo again.'
        );
      }
      await deleteContent(app);
      console.log('Deleted the existing newsroom content.');
    }
    await seedDemo(app);
    console.log('Seeded the demo content.');
  } finally {
    await app.destroy();
  }
};

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
