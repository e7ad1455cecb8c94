/**
 * Bench setup inside the production build: USERS users with a JWT and plenty of points, one hot
 * SKU with a large stock, and a full-access API token for the baseline (plain REST create of a SKU).
 * Prints one JSON line: {"jwts", "sku", "skuId", "stock", "token"}.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..', 'cms');
const USERS = Number(process.env.BENCH_USERS || 100);
const STOCK = Number(process.env.BENCH_STOCK || 1_000_000);

(async () => {
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const ledger = strapi.plugin('points').service('ledger');
  const jwts = [];
  for (let i = 0; i < USERS; i++) {
    const user = await strapi
      .plugin('users-permissions')
      .service('user')
      .add({
        username: `bench${i}`,
        email: `bench${i}@example.com`,
        password: 'BenchPass1',
        provider: 'local',
        confirmed: true,
        role: role.id,
      });
    await ledger.award(user.id, 10_000_000, { idempotencyKey: `bench-grant:${user.id}`, source: 'bench' });
    jwts.push(await strapi.plugin('users-permissions').service('jwt').issue({ id: user.id }));
  }
  const good = await strapi.db.query('api::good.good').create({ data: { title: '压测爆款', onShelf: true, exchangeLimitPerUser: 0 } });
  const sku = await strapi.db.query('api::sku.sku').create({ data: { good: good.id, pointsPrice: 1, stock: STOCK, sales: 0 } });
  const token = await strapi
    .service('admin::api-token')
    .create({ name: `points-bench-${Date.now()}`, kind: 'content-api', type: 'full-access', lifespan: null });
  process.stdout.write(`${JSON.stringify({ jwts, sku: sku.documentId, skuId: sku.id, stock: STOCK, token: token.accessKey })}\n`);
  await strapi.destroy();
  process.exit(0);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
