/**
 * Jest config for a plugin's tests: they boot the real CMS (with the plugin built into its dist/)
 * through this harness. A plugin's jest.config.js is one line:
 *   module.exports = require('../../cms/tests/harness/plugin-jest-config')(__dirname);
 */
const path = require('path');

const cmsRoot = path.resolve(__dirname, '..', '..');

module.exports = (pluginDir) => ({
  testEnvironment: 'node',
  rootDir: pluginDir,
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['<rootDir>/node_modules/', '<rootDir>/dist/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: `${cmsRoot}/tests/tsconfig.json`, diagnostics: false }] },
  globalSetup: `${cmsRoot}/tests/harness/global-setup.js`,
  testTimeout: 60000,
});
