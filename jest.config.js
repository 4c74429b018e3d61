// Unit tests live next to the code (src/**/__tests__); booted-app tests in tests/.
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tests/tsconfig.json' }] },
  testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts', '<rootDir>/tests/**/*.test.ts'],
  // Compiles the app into dist/ once per run; every booted-app test file loads that build.
  globalSetup: '<rootDir>/tests/helpers/global-setup.js',
  setupFiles: ['<rootDir>/tests/helpers/test-env.js'],
  testTimeout: 120000,
  // Each booted-app file runs its own Strapi on its own database; two cores, two workers.
  maxWorkers: 2,
};
