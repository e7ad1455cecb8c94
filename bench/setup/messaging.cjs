/**
 * Setup for bench/messaging.ts inside the production build: the demo apps pointing at the sandbox
 * (SANDBOX_URL), one tenant with a key (no signature, a quota far above the run) and the OA's
 * templates synced. Prints one JSON line: {"key", "appId", "templateId"}.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..', 'cms');

(async () => {
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  await strapi.plugin('wechat').service('demo').seed(process.env.SANDBOX_URL);
  const appId = (await strapi.db.query('plugin::wechat.app').findOne({ where: { kind: 'official' } })).appId;
  const templates = await strapi.plugin('wechat').service('templates').sync(appId);
  const tenants = strapi.plugin('messaging').service('tenants');
  await tenants.create({ code: 'bench', name: '压测', maxAccounts: 10, maxDailyMessages: 100000000, requireSignature: false });
  const { key } = await tenants.issueKey('bench');
  process.stdout.write(`${JSON.stringify({ key, appId, templateId: templates[0].templateId })}\n`);
  await strapi.destroy();
  process.exit(0);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
