/**
 * Bench setup inside the production build: load the demo data and mint a read-only API token for
 * the uncached Strapi REST figure. Prints one JSON line: {"token", "category"}.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..', 'cms');

(async () => {
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  const { seedMall } = require(path.join(appDir, 'dist', 'src', 'seed', 'mall-seed.js'));
  await seedMall(strapi, path.resolve(__dirname, '..', '..', 'database', 'seed'));
  const token = await strapi.service('admin::api-token').create({
    name: `bench-${Date.now()}`,
    type: 'read-only',
    lifespan: null,
    description: 'bench/home.mjs',
  });
  const category = await strapi.db.query('api::category.category').findOne({ where: { name: '居家生活' } });
  process.stdout.write(`${JSON.stringify({ token: token.accessKey, category: category.documentId })}\n`);
  await strapi.destroy();
  process.exit(0);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
