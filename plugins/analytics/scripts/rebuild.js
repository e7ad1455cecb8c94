#!/usr/bin/env node
/**
 * `npm run analytics:rebuild`: boot the built CMS (cms/dist, as production runs it) against the
 * configured database and recount every daily aggregate from the registered sources' tables.
 * Exits 1 when it cannot run.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..', '..', 'cms');

(async () => {
  process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  try {
    const started = Date.now();
    const reports = await strapi.plugin('analytics').service('aggregates').rebuild();
    for (const r of reports) console.log(`${r.source}: ${r.days} days recounted`);
    console.log(`analytics:rebuild done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await strapi.destroy();
  }
  process.exit(0);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
