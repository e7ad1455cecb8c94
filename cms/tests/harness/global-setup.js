const { required, mysqlSettings, redisUrl } = require('./services');
const { compileCms } = require('./compile-cms');

/** Compile the CMS once for the whole run, and in required mode prove MySQL and Redis are there. */
module.exports = async () => {
  await compileCms();

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
