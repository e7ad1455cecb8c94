/**
 * Bench setup inside the production build: the demo WeChat apps (safe mode) and their
 * auto-replies. The text path never calls WeChat, so apiBase points nowhere.
 * Prints one JSON line: {"apps", "replies"}.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..', 'cms');

(async () => {
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  const seeded = await strapi.plugin('wechat').service('demo').seed('http://127.0.0.1:9');
  process.stdout.write(`${JSON.stringify(seeded)}\n`);
  await strapi.destroy();
  process.exit(0);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
