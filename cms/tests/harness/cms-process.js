/** A CMS instance in its own process for cluster tests; prints "READY <port>" once it listens. */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');

(async () => {
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  await strapi.server.mount();
  strapi.server.httpServer.listen(0, '127.0.0.1', () => {
    process.stdout.write(`READY ${strapi.server.httpServer.address().port}\n`);
  });
  // SIGTERM/SIGINT: Strapi's own handler destroys the instance and exits.
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
