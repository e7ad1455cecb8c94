/** Plugin tests boot the real CMS (with this plugin built into dist/) through the CMS test harness. */
const cmsRoot = require('path').resolve(__dirname, '..', '..', 'cms');
module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['<rootDir>/node_modules/', '<rootDir>/dist/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: `${cmsRoot}/tests/tsconfig.json`, diagnostics: false }] },
  globalSetup: `${cmsRoot}/tests/harness/global-setup.js`,
  testTimeout: 60000,
};
