import { defineConfig } from 'vitest/config';
import { defineVitestProject } from '@nuxt/test-utils/config';

/**
 * One `vitest run`, two projects: `unit` (components and composables in a Nuxt environment with
 * happy-dom) and `e2e` (Chromium against a production build, a real CMS and the sandbox).
 */
export default defineConfig({
  test: {
    projects: [
      await defineVitestProject({
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'nuxt',
          // The CMS is mocked at a relative base with registerEndpoint.
          environmentOptions: { nuxt: { domEnvironment: 'happy-dom', overrides: { runtimeConfig: { public: { apiBase: '/cms/api', jssdkUrl: '' } } } } },
        },
      }),
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          expect: { poll: { timeout: 15_000, interval: 200 } },
        },
      },
    ],
  },
});
