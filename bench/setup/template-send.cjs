/**
 * Setup for bench/template-send.ts inside the production build: the demo apps pointing at the
 * sandbox (SANDBOX_URL), BENCH_FANS of the sandbox's followers in the fan table (bulk insert),
 * the OA's templates synced, and an API token allowed to create and poll sends.
 * Prints one JSON line: {"token", "appId", "templateId", "fans"}.
 */
const path = require('path');
const { randomBytes } = require('crypto');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..', 'cms');
const sandbox = process.env.SANDBOX_URL;
const FANS = Number(process.env.BENCH_FANS || 20000);

async function followers(appId) {
  const out = [];
  for (let offset = 0; out.length < FANS; offset += 1000) {
    const res = await (await fetch(`${sandbox}/_sandbox/apps/${appId}/fans?offset=${offset}&limit=1000`)).json();
    if (res.fans.length === 0) break;
    for (const f of res.fans) if (f.subscribed && out.length < FANS) out.push(f);
  }
  if (out.length < FANS) throw new Error(`the sandbox has only ${out.length} followers; start it with more fans`);
  return out;
}

(async () => {
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  const wechat = strapi.plugin('wechat');
  await wechat.service('demo').seed(sandbox);
  const appId = (await strapi.db.query('plugin::wechat.app').findOne({ where: { kind: 'official' } })).appId;
  const fans = await followers(appId);
  const table = strapi.db.metadata.get('plugin::wechat.fan').tableName;
  const now = new Date();
  for (let i = 0; i < fans.length; i += 1000) {
    await strapi.db.connection(table).insert(
      fans.slice(i, i + 1000).map((f) => ({
        document_id: randomBytes(12).toString('hex'),
        app_id: appId,
        openid: f.openid,
        key: `${appId}:${f.openid}`,
        subscribed: true,
        tags: JSON.stringify(f.tagIds),
        created_at: now,
        updated_at: now,
        published_at: now,
      })),
    );
  }
  const templates = await wechat.service('templates').sync(appId);
  const token = await strapi.service('admin::api-token').create({
    name: `template-bench-${Date.now()}`,
    kind: 'content-api',
    type: 'custom',
    lifespan: null,
    permissions: ['plugin::wechat.templates.createSend', 'plugin::wechat.templates.findSend'],
  });
  process.stdout.write(`${JSON.stringify({ token: token.accessKey, appId, templateId: templates[0].templateId, fans: fans.length })}\n`);
  await strapi.destroy();
  process.exit(0);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
