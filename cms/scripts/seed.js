#!/usr/bin/env node
/**
 * `npm run seed`: loads the demo data (database/seed, then the plugins' demo data: points rules,
 * sandbox WeChat apps and replies) into the configured database — once. Later runs leave the
 * database as the operators made it (src/seed/demo-data.ts). `--no-compile` loads dist/ as it is.
 */
const path = require('path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..');
const seedDir = path.resolve(appDir, '..', 'database', 'seed');

async function main() {
  const distDir = process.argv.includes('--no-compile') ? path.join(appDir, 'dist') : (await compileStrapi({ appDir })).distDir;
  const strapi = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  try {
    const { loadDemoData } = require(path.join(distDir, 'src', 'seed', 'demo-data.js'));
    const sandboxUrl = process.env.WECHAT_SANDBOX_URL || `http://127.0.0.1:${process.env.SANDBOX_PORT || 7100}`;
    const report = await loadDemoData(strapi, seedDir, sandboxUrl);
    if (!report.loaded) console.log(`[seed] demo data already in this database (since ${report.since}): left as it is`);
    else {
      console.log('[seed] mall', JSON.stringify(report.mall));
      for (const [plugin, result] of Object.entries(report.plugins)) console.log(`[seed] ${plugin}`, JSON.stringify(result));
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
  },
);
