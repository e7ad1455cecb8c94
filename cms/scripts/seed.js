#!/usr/bin/env node
/**
 * `npm run seed`: loads the demo data set (database/seed) into the configured database, then the
 * plugins' demo data (points rules, sandbox WeChat apps and replies). Safe to run twice.
 */
const path = require('path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..');
const seedDir = path.resolve(appDir, '..', 'database', 'seed');

async function main() {
  const { distDir } = await compileStrapi({ appDir });
  const strapi = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  try {
    const { seedMall } = require(path.join(distDir, 'src', 'seed', 'mall-seed.js'));
    const report = await seedMall(strapi, seedDir);
    console.log('[seed] mall', JSON.stringify(report));
    for (const [plugin, args] of [
      ['points', []],
      ['wechat', [process.env.WECHAT_SANDBOX_URL || `http://127.0.0.1:${process.env.SANDBOX_PORT || 7100}`]],
    ]) {
      const demo = strapi.plugin(plugin)?.service('demo');
      if (demo?.seed) console.log(`[seed] ${plugin}`, JSON.stringify((await demo.seed(...args)) ?? 'ok'));
    }
  } finally {
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error('[seed] failed:', err);
    process.exit(1);
  }
);
