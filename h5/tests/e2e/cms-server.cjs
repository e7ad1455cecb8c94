/**
 * The CMS for the H5's end-to-end tests, in its own process: a fresh database (MariaDB in
 * required mode, SQLite otherwise), the compiled CMS, the demo data set (database/seed) plus the
 * plugins' demo data (points rules, the sandbox's WeChat apps), and one good cheap enough to
 * exchange with a day's check-in points. Prints "READY <url>" once it listens; SIGTERM stops it
 * and drops the database.
 */
const { randomBytes } = require('crypto');
const fs = require('fs');
const path = require('path');

const cmsDir = path.resolve(__dirname, '..', '..', '..', 'cms');
const seedDir = path.resolve(cmsDir, '..', 'database', 'seed');
const fromCms = (id) => require(require.resolve(id, { paths: [cmsDir] }));
const { required, mysqlSettings, redisUrl } = require(path.join(cmsDir, 'tests', 'harness', 'services.js'));

/** The good the e2e flow exchanges: 5 points, what the first check-in gives. */
const E2E_GOOD = { title: 'H5 测试体验装', subtitle: '签到一天即可兑换', pointsPrice: 5, stock: 50 };

async function createDatabase(id) {
  if (!required && process.env.TEST_DATABASE_CLIENT !== 'mysql') {
    const file = path.join(cmsDir, '.tmp', `h5_e2e_${id}.db`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return {
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
      drop: async () => ['', '-wal', '-shm'].forEach((s) => fs.rmSync(file + s, { force: true })),
    };
  }
  const mysql = fromCms('mysql2/promise');
  const settings = mysqlSettings();
  const name = `wedraw_h5_e2e_${id}`;
  const conn = await mysql.createConnection(settings);
  await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();
  return {
    env: {
      DATABASE_CLIENT: 'mysql',
      DATABASE_HOST: settings.host,
      DATABASE_PORT: String(settings.port),
      DATABASE_NAME: name,
      DATABASE_USERNAME: settings.user,
      DATABASE_PASSWORD: settings.password,
    },
    async drop() {
      const c = await mysql.createConnection(settings);
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}

async function seed(strapi) {
  const { seedMall } = require(path.join(cmsDir, 'dist', 'src', 'seed', 'mall-seed.js'));
  await seedMall(strapi, seedDir);
  await strapi.plugin('points').service('demo').seed();
  await strapi.plugin('wechat').service('demo').seed(process.env.WECHAT_SANDBOX_URL);
  const leaf = await strapi.db.query('api::category.category').findOne({ where: { name: '收纳' } });
  const good = await strapi.documents('api::good.good').create({
    data: { title: E2E_GOOD.title, subtitle: E2E_GOOD.subtitle, category: leaf.documentId, description: '用于端到端测试的商品。', sortWeight: 100 },
  });
  await strapi.documents('api::sku.sku').create({
    data: { good: good.documentId, code: 'H5-E2E-1', specs: {}, pointsPrice: E2E_GOOD.pointsPrice, cashPrice: 0, stock: E2E_GOOD.stock, sales: 0 },
  });
}

(async () => {
  const id = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const db = await createDatabase(id);
  Object.assign(process.env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    APP_KEYS: 'testKeyA,testKeyB',
    API_TOKEN_SALT: 'test-api-token-salt',
    ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
    TRANSFER_TOKEN_SALT: 'test-transfer-salt',
    JWT_SECRET: 'test-jwt-secret',
    ENCRYPTION_KEY: 'test-encryption-key',
    RATE_LIMIT_IP_PER_MINUTE: '100000',
    RATE_LIMIT_USER_WRITES_PER_MINUTE: '100000',
    REDIS_URL: redisUrl() ?? '',
    REDIS_KEY_PREFIX: `wedraw-h5-e2e-${id}:`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL || 'warn',
    ...db.env,
  });
  const { compileStrapi, createStrapi } = fromCms('@strapi/strapi');
  const { distDir } = await compileStrapi({ appDir: cmsDir });
  const strapi = await createStrapi({ appDir: cmsDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await strapi.destroy();
    } finally {
      await db.drop().catch(() => undefined);
      process.exit(0);
    }
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await seed(strapi);
  await strapi.server.mount();
  strapi.server.httpServer.listen(0, '127.0.0.1', () => {
    process.stdout.write(`READY http://127.0.0.1:${strapi.server.httpServer.address().port}\n`);
  });
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
