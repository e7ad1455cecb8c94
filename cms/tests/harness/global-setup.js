const fs = require('fs');
const path = require('path');
const { required, mysqlSettings, redisUrl } = require('./services');

/** Compile the CMS once for the whole run, and in required mode prove MySQL and Redis are there. */
module.exports = async () => {
  const appDir = path.resolve(__dirname, '..', '..');
  const { compileStrapi } = require('@strapi/strapi');
  // tsc leaves the output of a deleted source in place: a removed extension or service would go on
  // running in the tests. The server code is compiled afresh (the admin build in dist/build stays).
  for (const out of ['src', 'config', 'database', 'tsconfig.tsbuildinfo']) fs.rmSync(path.join(appDir, 'dist', out), { recursive: true, force: true });
  await compileStrapi({ appDir });

  if (!required) return;
  const mysql = require('mysql2/promise');
  const settings = mysqlSettings();
  try {
    const conn = await mysql.createConnection(settings);
    await conn.query('select 1');
    await conn.end();
  } catch (err) {
    throw new Error(`WEDRAW_TEST_SERVICES=required but MySQL/MariaDB at ${settings.host}:${settings.port} is not usable: ${err.message}`, { cause: err });
  }
  const Redis = require('ioredis');
  const client = new Redis(redisUrl(), { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  try {
    await client.connect();
    await client.ping();
  } catch (err) {
    throw new Error(`WEDRAW_TEST_SERVICES=required but Redis at ${redisUrl()} is not usable: ${err.message}`, { cause: err });
  } finally {
    client.disconnect();
  }
};
