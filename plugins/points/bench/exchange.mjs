#!/usr/bin/env node
/**
 * bench/exchange: exchanges/s and p99 of POST /api/points/exchanges (100 users, one hot SKU) against
 * a plain Strapi REST create of a simple content type (POST /api/skus) on the same production
 * build, MySQL + Redis, autocannon at 64 connections. Then checks: no oversell (stock + sales
 * unchanged, orders = sales) and `points:verify` passes.
 *
 *   node plugins/points/bench/exchange.mjs [--build] [--duration 10] [--connections 64]
 * Env: BENCH_DATABASE_HOST/PORT/USERNAME/PASSWORD (default root@127.0.0.1:3306), REDIS_URL.
 * Last line: one JSON object (DESIGN.md bench convention).
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import mysql from 'mysql2/promise';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');
const { values: opts } = parseArgs({
  options: { build: { type: 'boolean', default: false }, duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '64' } },
});
const duration = Number(opts.duration);
const connections = Number(opts.connections);
const db = {
  host: process.env.BENCH_DATABASE_HOST || '127.0.0.1',
  port: Number(process.env.BENCH_DATABASE_PORT || 3306),
  user: process.env.BENCH_DATABASE_USERNAME || 'root',
  password: process.env.BENCH_DATABASE_PASSWORD || '',
};
const DB_NAME = 'wedraw_bench_points';
const port = Number(process.env.BENCH_PORT || 1348);
const env = {
  ...process.env,
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: String(port),
  DATABASE_CLIENT: 'mysql',
  DATABASE_HOST: db.host,
  DATABASE_PORT: String(db.port),
  DATABASE_NAME: DB_NAME,
  DATABASE_USERNAME: db.user,
  DATABASE_PASSWORD: db.password,
  DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX || '20',
  REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
  REDIS_KEY_PREFIX: 'wedraw-bench-points:',
  RATE_LIMIT_IP_PER_MINUTE: '1000000000',
  RATE_LIMIT_USER_WRITES_PER_MINUTE: '1000000000',
  LOG_LEVEL: 'warn',
  // Throwaway secrets for the bench's own database (WECHAT_SECRET_KEY needs 32+ characters).
  ...Object.fromEntries(
    ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'WECHAT_SECRET_KEY'].map((k) => [k, process.env[k] || `points-bench-${k.toLowerCase()}-0123456789abcdef`]),
  ),
};

const conn = await mysql.createConnection(db);
await conn.query(`DROP DATABASE IF EXISTS ${DB_NAME}`);
await conn.query(`CREATE DATABASE ${DB_NAME} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);

if (opts.build) {
  console.log('[bench] building the production CMS (plugins + admin)…');
  if (spawnSync('npm', ['run', 'build'], { cwd: root, env, stdio: 'inherit' }).status !== 0) process.exit(1);
}
console.log('[bench] creating users, points and the hot SKU…');
const setup = spawnSync(process.execPath, [path.join(here, 'setup.cjs')], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (setup.status !== 0) {
  console.error(setup.stderr);
  process.exit(1);
}
const { jwts, sku, skuId, stock, token } = JSON.parse(setup.stdout.trim().split('\n').pop());

// Its own process group, so stopping it also stops the node process npx starts.
const cms = spawn('npx', ['strapi', 'start'], { cwd: path.join(root, 'cms'), env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
const base = `http://127.0.0.1:${port}`;
async function ready() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/health`)).status < 500) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('cms did not start');
}

async function load(title, request) {
  const r = await autocannon({ url: base, connections, duration, requests: [request] });
  const row = { title, rps: Math.round(r.requests.average), p99ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
  console.log(`${title.padEnd(40)} ${String(row.rps).padStart(7)} req/s   p99 ${String(row.p99ms).padStart(5)} ms   non-2xx ${row.non2xx}   errors ${row.errors}`);
  return row;
}

let n = 0;
const json = { 'content-type': 'application/json' };
try {
  await ready();
  console.log(`[bench] autocannon: ${connections} connections, ${duration} s per target, production CMS on MySQL + Redis`);
  const baseline = await load('plain Strapi REST create POST /api/skus', {
    method: 'POST', path: '/api/skus', headers: { ...json, authorization: `Bearer ${token}` },
    body: JSON.stringify({ data: { pointsPrice: 1, stock: 1 } }),
  });
  const exchange = await load('POST /api/points/exchanges (hot SKU)', {
    method: 'POST', path: '/api/points/exchanges',
    setupRequest: (req) => ({ ...req, headers: { ...json, authorization: `Bearer ${jwts[n++ % jwts.length]}` }, body: JSON.stringify({ sku, quantity: 1 }) }),
  });
  await new Promise((r) => setTimeout(r, 2000)); // let requests autocannon abandoned finish on the server
  // One statement, one snapshot: stock, sales and the order count are read at the same instant.
  const [[row]] = await conn.query(
    `SELECT s.stock, s.sales, (SELECT COUNT(*) FROM ${DB_NAME}.points_exchange_orders o WHERE o.sku_id = s.id) AS orders FROM ${DB_NAME}.skus s WHERE s.id = ?`,
    [skuId],
  );
  const oversold = row.stock < 0 || row.stock + row.sales !== stock || Number(row.orders) !== row.sales;
  console.log(`[bench] stock ${row.stock}, sales ${row.sales}, orders ${row.orders}: ${oversold ? 'OVERSOLD / INCONSISTENT' : 'no oversell'}`);
  const verify = spawnSync('npm', ['run', 'points:verify', '-w', 'plugins/points'], { cwd: root, env: { ...env, NODE_ENV: 'production' }, encoding: 'utf8' });
  const verified = verify.status === 0;
  console.log(`[bench] ${(verify.stdout.trim().split('\n').pop() || verify.stderr).trim()}`);
  const ratio = Math.round((exchange.rps / baseline.rps) * 100) / 100;
  console.log(`[bench] exchange / plain REST create = ${ratio} (target ≥ 1.0)`);
  console.log(JSON.stringify({ bench: 'exchange', value: exchange.rps, unit: 'req/s', baseline: baseline.rps, baselineName: 'strapi rest create', ratio, p99ms: exchange.p99ms, target: 1, oversold, verified }));
} finally {
  process.kill(-cms.pid, 'SIGTERM');
  await conn.end();
}
process.exit(0);
