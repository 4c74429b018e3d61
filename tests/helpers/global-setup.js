const fs = require('fs');
const path = require('path');

/**
 * Compiles the TypeScript app into dist/ once for the whole test run. Always from clean: an
 * incremental build after a failed one can leave a stale dist/, and tests would then pass
 * against code that no longer exists.
 */
module.exports = async () => {
  const appDir = path.resolve(__dirname, '..', '..');
  fs.rmSync(path.join(appDir, 'dist'), { recursive: true, force: true });
  fs.rmSync(path.join(appDir, '.tsbuildinfo'), { force: true });
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir });
};
