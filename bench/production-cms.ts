/**
 * A production CMS for benchmarks: a fresh MySQL database, the production environment (Redis,
 * throwaway secrets, lifted rate limits), an optional `npm run build`, and `strapi start` in its own
 * process. Reusable by any bench/*.ts: `const cms = await startProductionCms({ name, port })`.
 */
import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import Redis from 'ioredis';
import mysql from 'mysql2/promise';

export const root = path.resolve(__dirname, '..');

export const benchDb = {
  host: process.env.BENCH_DATABASE_HOST || '127.0.0.1',
  port: Number(process.env.BENCH_DATABASE_PORT || 3306),
  user: process.env.BENCH_DATABASE_USERNAME || 'root',
  password: process.env.BENCH_DATABASE_PASSWORD || '',
};

export function productionEnv(name: string, port: number, extra: Record<string, string> = {}): Record<string, string> {
  const secrets = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'WECHAT_SECRET_KEY'];
  return {
    ...(process.env as Record<string, string>),
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_CLIENT: 'mysql',
    DATABASE_HOST: benchDb.host,
    DATABASE_PORT: String(benchDb.port),
    DATABASE_NAME: `wedraw_bench_${name}`,
    DATABASE_USERNAME: benchDb.user,
    DATABASE_PASSWORD: benchDb.password,
    REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: `wedraw-bench-${name}:`,
    RATE_LIMIT_IP_PER_MINUTE: '1000000000',
    RATE_LIMIT_USER_WRITES_PER_MINUTE: '1000000000',
    LOG_LEVEL: 'warn',
    ...Object.fromEntries(secrets.map((k) => [k, process.env[k] || `bench-${name}-${k.toLowerCase()}-0123456789abcdef`])),
    ...extra,
  };
}

export interface ProductionCms {
  url: string;
  env: Record<string, string>;
  sql: mysql.Connection;
  stop(): Promise<void>;
}

/** A fresh database needs fresh Redis keys too (queues, locks, caches of an earlier run). */
async function dropRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

/** A port nobody listens on now (other agents run their own stacks on this machine). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Fresh database, optional build, `strapi start` (on a free port unless given); resolves once /health answers. */
export async function startProductionCms(options: { name: string; port?: number; build?: boolean; env?: Record<string, string>; showLog?: boolean }): Promise<ProductionCms> {
  const port = options.port ?? (await freePort());
  const env = productionEnv(options.name, port, options.env);
  const sql = await mysql.createConnection({ ...benchDb, database: undefined });
  await sql.query(`DROP DATABASE IF EXISTS \`${env.DATABASE_NAME}\``);
  await sql.query(`CREATE DATABASE \`${env.DATABASE_NAME}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await sql.query(`USE \`${env.DATABASE_NAME}\``);
  await dropRedisKeys(env.REDIS_URL, env.REDIS_KEY_PREFIX);
  if (options.build) {
    console.log('[bench] building the production CMS (plugins + admin)…');
    if (spawnSync('npm', ['run', 'build:plugins'], { cwd: root, env, stdio: 'inherit' }).status !== 0) throw new Error('plugin build failed');
    if (spawnSync('npm', ['run', 'build', '-w', 'cms'], { cwd: root, env, stdio: 'inherit' }).status !== 0) throw new Error('cms build failed');
  }
  // node directly (not npx), so killing the child stops the server itself.
  const strapiBin = path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
  const child = spawn(process.execPath, [strapiBin, 'start'], { cwd: path.join(root, 'cms'), env, stdio: ['ignore', options.showLog ? 'inherit' : 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) await new Promise<void>((resolve) => child.once('exit', () => resolve()).kill('SIGTERM'));
    await sql.end();
  };
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`strapi start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).status < 500 && child.exitCode === null) break;
    } catch {
      // starting
    }
    if (i > 360) {
      await stop();
      throw new Error('the CMS did not start');
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { url, env, sql, stop };
}

/** The first admin (fresh database) and its JWT, for admin API calls. */
export async function registerAdmin(url: string): Promise<string> {
  const res = await fetch(`${url}/admin/register-admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@wedraw.test', password: 'BenchPassw0rd!', firstname: 'Bench' }),
  });
  if (!res.ok) throw new Error(`register-admin: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { token: string } }).data.token;
}
