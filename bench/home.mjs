#!/usr/bin/env node
/**
 * bench/home: requests/s and p99 of the cached mall home against the bare Koa ceiling and the
 * uncached Strapi REST equivalent (zones with the same populate), plus the goods list by category.
 * Runs a production build of the CMS on MySQL + Redis (autocannon, 64 connections, 10 s each).
 *
 *   node bench/home.mjs [--skip-build] [--duration 10] [--connections 64]
 * Env: BENCH_DATABASE_HOST/PORT/USERNAME/PASSWORD (default root@127.0.0.1:3306), REDIS_URL.
 * Last line: one JSON object (DESIGN.md bench convention).
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import mysql from 'mysql2/promise';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const duration = Number(flag('duration', 10));
const connections = Number(flag('connections', 64));
const db = {
  host: process.env.BENCH_DATABASE_HOST || '127.0.0.1',
  port: Number(process.env.BENCH_DATABASE_PORT || 3306),
  user: process.env.BENCH_DATABASE_USERNAME || 'root',
  password: process.env.BENCH_DATABASE_PASSWORD || '',
};
const cmsPort = 1338;
const env = {
  ...process.env,
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: String(cmsPort),
  DATABASE_CLIENT: 'mysql',
  DATABASE_HOST: db.host,
  DATABASE_PORT: String(db.port),
  DATABASE_NAME: 'wedraw_bench',
  DATABASE_USERNAME: db.user,
  DATABASE_PASSWORD: db.password,
  REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
  REDIS_KEY_PREFIX: 'wedraw-bench:',
  // The bench is one client hammering from one IP: lift the per-IP limit so it measures serving.
  RATE_LIMIT_IP_PER_MINUTE: '1000000000',
  LOG_LEVEL: 'warn',
  APP_KEYS: 'benchKeyA,benchKeyB',
  API_TOKEN_SALT: 'bench-salt',
  ADMIN_JWT_SECRET: 'bench-admin-secret',
  TRANSFER_TOKEN_SALT: 'bench-transfer',
  JWT_SECRET: 'bench-jwt',
  ENCRYPTION_KEY: 'bench-encryption-key',
  WECHAT_SECRET_KEY: process.env.WECHAT_SECRET_KEY || 'bench-wechat-secret-key-0123456789abcdef',
};

function startServer(name, cmd, cmdArgs, cwd, readyUrl, extraEnv = {}) {
  const child = spawn(cmd, cmdArgs, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.on('data', () => undefined);
  return {
    child,
    async ready() {
      for (let i = 0; i < 240; i++) {
        try {
          if ((await fetch(readyUrl)).status < 500) return;
        } catch {
          // starting
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      throw new Error(`${name} did not start`);
    },
  };
}

async function load(title, url, headers = {}) {
  await autocannon({ url, connections: 8, duration: 2, headers }); // warm-up
  const r = await autocannon({ url, connections, duration, headers });
  const row = { title, rps: Math.round(r.requests.average), p99ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
  console.log(`${title.padEnd(44)} ${String(row.rps).padStart(8)} req/s   p99 ${String(row.p99ms).padStart(5)} ms   non-2xx ${row.non2xx}   errors ${row.errors}`);
  return row;
}

const conn = await mysql.createConnection(db);
await conn.query('DROP DATABASE IF EXISTS wedraw_bench');
await conn.query('CREATE DATABASE wedraw_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
await conn.end();

if (!args.includes('--skip-build')) {
  console.log('[bench] building the production CMS (plugins + admin)…');
  if (spawnSync('npm', ['run', 'build'], { cwd: root, env, stdio: 'inherit' }).status !== 0) process.exit(1);
}
console.log('[bench] loading demo data…');
const setup = spawnSync(process.execPath, [path.join(root, 'bench', 'setup', 'home.cjs')], { cwd: root, env, encoding: 'utf8' });
if (setup.status !== 0) {
  console.error(setup.stderr);
  process.exit(1);
}
const { token, category } = JSON.parse(setup.stdout.trim().split('\n').pop());

const koa = startServer('koa', process.execPath, [path.join(root, 'bench', 'koa-hello.mjs')], root, 'http://127.0.0.1:1339/', { PORT: '1339' });
// node directly (not npx), so killing the child stops the server itself.
const strapiBin = path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const cms = startServer('cms', process.execPath, [strapiBin, 'start'], path.join(root, 'cms'), `http://127.0.0.1:${cmsPort}/health`);
try {
  await Promise.all([koa.ready(), cms.ready()]);
  const base = `http://127.0.0.1:${cmsPort}`;
  console.log(`[bench] autocannon: ${connections} connections, ${duration} s per target, production CMS on MySQL + Redis`);
  const ceiling = await load('bare Koa JSON hello (ceiling)', 'http://127.0.0.1:1339/');
  const cached = await load('cached /api/mall/home', `${base}/api/mall/home`);
  const populate = 'populate[goods][populate][0]=cover&populate[goods][populate][1]=skus&filters[enabled][$eq]=true&sort=sort:asc';
  const uncached = await load('uncached Strapi REST /api/zones (same populate)', `${base}/api/zones?${populate}`, { Authorization: `Bearer ${token}` });
  const list = await load('/api/goods?category=居家生活 (uncached)', `${base}/api/goods?category=${category}`);
  const ratio = Math.round((cached.rps / ceiling.rps) * 100) / 100;
  console.log(`[bench] cached home / bare Koa = ${ratio} (target ≥ 0.4); cached / uncached REST = ${Math.round((cached.rps / uncached.rps) * 10) / 10}×; goods list ${list.rps} req/s`);
  console.log(
    JSON.stringify({ bench: 'home', value: cached.rps, unit: 'req/s', baseline: ceiling.rps, baselineName: 'bare koa', ratio, p99ms: cached.p99ms, target: 0.4, uncachedRest: uncached.rps, goodsList: list.rps })
  );
} finally {
  koa.child.kill('SIGTERM');
  cms.child.kill('SIGTERM');
}
process.exit(0);
