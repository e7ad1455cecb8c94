/** Jest for the CMS: each test file boots a real Strapi and talks to it over HTTP (supertest). */
module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // Anchored: a bare '.tmp' regex would also match a parent folder and silently skip everything.
  // WEDRAW_TEST_SKIP: a test `npm test` runs alone after the others (it rewrites cms/dist).
  testPathIgnorePatterns: [
    '<rootDir>/node_modules/',
    '<rootDir>/dist/',
    '<rootDir>/.tmp/',
    ...(process.env.WEDRAW_TEST_SKIP ? [`<rootDir>/${process.env.WEDRAW_TEST_SKIP}`] : []),
  ],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json', diagnostics: false }] },
  globalSetup: '<rootDir>/tests/harness/global-setup.js',
  testTimeout: 120000,
};
