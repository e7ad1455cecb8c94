/** Jest for the CMS: each test file boots a real Strapi and talks to it over HTTP (supertest). */
module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // Anchored: a bare '.tmp' regex would also match a parent folder and silently skip everything.
  testPathIgnorePatterns: ['<rootDir>/node_modules/', '<rootDir>/dist/', '<rootDir>/.tmp/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json', diagnostics: false }] },
  globalSetup: '<rootDir>/tests/harness/global-setup.js',
  testTimeout: 120000,
};
