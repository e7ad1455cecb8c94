// One ESLint configuration for every workspace (flat config, typescript-eslint, Vue for the H5).
import js from '@eslint/js';
import pluginVue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.nuxt/**',
      '**/.output/**',
      '**/.tmp/**',
      '**/.cache/**',
      '**/build/**',
      '**/.strapi/**',
      '**/coverage/**',
      '**/miniprogram_npm/**',
      'miniprogram/miniprogram/contract/**',
      'cms/types/generated/**',
      'packages/contract/src/openapi.ts',
      'cms/public/**',
      '.test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/essential'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    // TypeScript resolves names itself (and Nuxt auto-imports what .vue files use): no-undef only misfires there.
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.vue'],
    rules: { 'no-undef': 'off' },
  },
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser, ...globals.jest },
    },
    rules: {
      // Strapi's APIs are typed loosely (ctx, documents, query results); `any` at those seams is deliberate.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // CommonJS config files and Strapi's loaders use require().
      '@typescript-eslint/no-require-imports': 'off',
      // Nuxt pages and layouts are named by their file (index.vue, [id].vue).
      'vue/multi-word-component-names': 'off',
    },
  },
  {
    // Plugin admin pages are bundled for the browser: the kit's CommonJS build cannot go there (its admin part can).
    files: ['plugins/*/admin/**/*.ts', 'plugins/*/admin/**/*.tsx', 'cms/src/admin/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: '@wedraw/kit', message: 'Import from @wedraw/kit/admin (or a dependency-free module) in admin code.', allowTypeImports: true }] },
      ],
    },
  },
  {
    files: ['**/*.cjs', '**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // The mini program runs in WeChat's runtime: its globals (wx, App, Page, Component, getApp).
    files: ['miniprogram/**'],
    languageOptions: {
      globals: {
        wx: 'readonly',
        App: 'readonly',
        Page: 'readonly',
        Component: 'readonly',
        getApp: 'readonly',
        getCurrentPages: 'readonly',
        Behavior: 'readonly',
      },
    },
  },
);
