/**
 * `npm run worker`: a CMS process that serves no HTTP and works the queues (message delivery,
 * callbacks, template sends, fan sync). Run N of them under pm2 beside CMS instances started with
 * the workers off (MESSAGING_WORKERS=off). Prints "WORKER READY" once
 * its workers are registered; SIGTERM/SIGINT finish the jobs in hand and exit.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..');

(async () => {
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  process.stdout.write(`WORKER READY ${process.pid}\n`);
  const stop = () => {
    strapi
      .destroy()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
