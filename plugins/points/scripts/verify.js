#!/usr/bin/env node
/**
 * `npm run points:verify`: boot the built CMS (cms/dist, as production runs it) against the
 * configured database, recompute every balance from the ledger and check that no balance and no
 * stock is negative. Prints the findings; exits 1 when an invariant is broken, 2 when it cannot run.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..', '..', 'cms');

(async () => {
  process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  let code;
  try {
    const report = await strapi.plugin('points').service('verify').run();
    for (const f of report.findings) console.log(`VIOLATION ${f.kind}: ${f.message}`);
    console.log(`points:verify ${report.ok ? 'ok' : 'FAILED'}: ${report.accounts} accounts, ${report.lines} ledger lines, ${report.findings.length} findings`);
    code = report.ok ? 0 : 1;
  } finally {
    await strapi.destroy();
  }
  process.exit(code);
})().catch((err) => {
  console.error(err);
  process.exit(2);
});
