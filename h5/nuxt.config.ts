// The H5 mall: server-rendered mall pages (home, lists, detail), client-rendered personal pages.
const personal = { ssr: false } as const;

// The e2e tests build into their own folders, so a unit test run beside them never shares .nuxt.
const buildDir = process.env.H5_BUILD_DIR || undefined;
const outputDir = process.env.H5_OUTPUT_DIR || undefined;

export default defineNuxtConfig({
  ...(buildDir ? { buildDir } : {}),
  nitro: {
    // Pre-compressed (brotli, gzip) JS and CSS, served to browsers that accept them.
    compressPublicAssets: true,
    ...(outputDir ? { output: { dir: outputDir } } : {}),
  },
  compatibilityDate: '2025-07-15',
  modules: ['@vant/nuxt'],
  // The contract shared with the mini program and the CMS is a workspace package in TypeScript:
  // compiled with the app (client and server bundles), its display helpers auto-imported.
  build: { transpile: ['@wedraw/contract'] },
  imports: {
    presets: [
      {
        from: '@wedraw/contract',
        imports: ['formatFen', 'formatTime', 'formatDate', 'specsText', 'signed', 'discountText', 'isCancellable', 'ORDER_STATUS_LABELS', 'LEDGER_TYPE_LABELS'],
      },
    ],
  },
  vant: { importStyle: false },
  ssr: true,
  // The server-rendered page carries its CSS (Vant's and the components') in <style>: no
  // stylesheet request stands between the HTML and the first paint (server/plugins/compress-html.ts
  // keeps the page small; modules/inlined-css-links.ts drops the links to styles already inlined).
  features: { inlineStyles: true },
  devtools: { enabled: false },
  telemetry: false,
  app: {
    head: {
      htmlAttrs: { lang: 'zh-CN' },
      title: 'WeDraw 积分商城',
      meta: [
        { name: 'viewport', content: 'width=device-width, initial-scale=1, maximum-scale=1, viewport-fit=cover' },
        { name: 'format-detection', content: 'telephone=no' },
      ],
    },
  },
  // Vant's styles come first, from modules/vant-styles.ts (modules/ is auto-registered).
  css: ['~/assets/main.css'],
  runtimeConfig: {
    // NUXT_API_BASE_SERVER: the CMS as the Nuxt server reaches it (defaults to the public base).
    apiBaseServer: '',
    public: {
      // NUXT_PUBLIC_API_BASE: the CMS as the browser reaches it.
      apiBase: 'http://127.0.0.1:1337/api',
      // NUXT_PUBLIC_WECHAT_APP_ID: the Official Account (empty: the only one the CMS has).
      wechatAppId: '',
      // NUXT_PUBLIC_JSSDK_URL: WeChat's JS-SDK script; empty turns wx.config and sharing off.
      jssdkUrl: 'https://res.wx.qq.com/open/js/jweixin-1.6.0.js',
    },
  },
  routeRules: {
    '/me/**': personal,
    '/me': personal,
    '/checkin': personal,
    '/exchange/**': personal,
    '/login': personal,
    // The employees' WeCom H5: client-rendered, with their own session (composables/useWecom.ts).
    '/wecom': personal,
    '/wecom/**': personal,
  },
  typescript: { strict: true },
});
