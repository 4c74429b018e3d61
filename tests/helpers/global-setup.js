const { execFileSync } = require('child_process');
const freshSecrets = require('../../scripts/fresh-secrets');
const fs = require('fs');
const path = require('path');

/**
 * Builds the app once for the whole test run, always from clean: an incremental build after a
 * failed one can leave a stale dist/, and tests would then pass against code that no longer
 * exists. `strapi build` compiles the TypeScript into dist/ and the admin panel into dist/build,
 * which the browser tests use.
 */
const throwAwaySecrets = () => {
  return {
    ENV_PATH: path.join(require('os').tmpdir(), 'newsroom-tests-have-no-dotenv'),
    ...freshSecrets(),
  };
};

module.exports = async () => {
  const appDir = path.resolve(__dirname, '..', '..');
  fs.rmSync(path.join(appDir, 'dist'), { recursive: true, force: true });
  fs.rmSync(path.join(appDir, '.tsbuildinfo'), { force: true });
  execFileSync(
    process.execPath,
    [
      path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'),
      'build',
      '--silent',
    ],
    {
      cwd: appDir,
      stdio: ['ignore', 'ignore', 'inherit'],
      // The build reads config/, which refuses to run without secrets; a fresh clone has no .env, and
      // a developer's .env must not matter. Throw-away values, as in tests/helpers/test-env.js.
      env: { ...process.env, NODE_ENV: 'production', ...throwAwaySecrets() },
    }
  );
};
