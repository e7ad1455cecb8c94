/**
 * What every bench needs: a fresh MySQL database, the production build of the CMS started on it
 * (Redis for the shared parts), a setup script run inside that build first, autocannon loads with
 * one printed row each, and the DESIGN.md result line.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { dropRedisKeys } from '../../cms/tests/harness/strapi';
import mysql from 'mysql2/promise';

export const root = path.resolve(__dirname, '..', '..');
/** The Node flags production runs the CMS with (config/pm2/node-args.js, `npm start`). */
export const PRODUCTION_NODE_ARGS: string[] = require('../../config/pm2/node-args.js');

export const benchDb = {
  host: process.env.BENCH_DATABASE_HOST || '127.0.0.1',
  port: Number(process.env.BENCH_DATABASE_PORT || 3306),
  user: process.env.BENCH_DATABASE_USERNAME || 'root',
  password: process.env.BENCH_DATABASE_PASSWORD || '',
};

/** --build (rebuild plugins and admin first), --duration seconds per load, --connections, --rounds. */
export function benchArgs(defaults: { duration?: number; connections?: number; rounds?: number } = {}) {
  const { values } = parseArgs({
    options: {
      build: { type: 'boolean', default: false },
      duration: { type: 'string', default: String(defaults.duration ?? 10) },
      connections: { type: 'string', default: String(defaults.connections ?? 64) },
      rounds: { type: 'string', default: String(defaults.rounds ?? 1) },
    },
    strict: false,
  });
  return {
    build: Boolean(values.build),
    duration: Number(values.duration),
    connections: Number(values.connections),
    rounds: Math.max(1, Number(values.rounds)),
  };
}

/** The production environment of a bench CMS: its own database, Redis prefix and throwaway secrets. */
export function cmsEnv(name: string, port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const secrets = [
    'APP_KEYS',
    'API_TOKEN_SALT',
    'ADMIN_JWT_SECRET',
    'TRANSFER_TOKEN_SALT',
    'JWT_SECRET',
    'ENCRYPTION_KEY',
    'WECHAT_SECRET_KEY',
    'WECOM_SECRET_KEY',
    'MESSAGING_SECRET_KEY',
    'PAY_SECRET_KEY',
    'OPS_SECRET_KEY',
  ];
  return {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_CLIENT: 'mysql',
    DATABASE_HOST: benchDb.host,
    DATABASE_PORT: String(benchDb.port),
    DATABASE_NAME: `wedraw_bench_${name}`,
    DATABASE_USERNAME: benchDb.user,
    DATABASE_PASSWORD: benchDb.password,
    DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX || '20',
    REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: `wedraw-bench-${name}:`,
    // One client from one IP hammering: lift the rate limits so the bench measures serving.
    RATE_LIMIT_IP_PER_MINUTE: '1000000000',
    RATE_LIMIT_USER_WRITES_PER_MINUTE: '1000000000',
    LOG_LEVEL: 'warn',
    ...Object.fromEntries(secrets.map((k) => [k, process.env[k] || `bench-${name}-${k.toLowerCase()}-0123456789abcdef`])),
    ...extra,
  };
}

export interface BenchCms {
  base: string;
  port: number;
  /** The CMS process id (for its CPU time: `cpuSeconds`). */
  pid: number;
  env: NodeJS.ProcessEnv;
  db: mysql.Connection;
  /** The last stdout line of the setup script, parsed as JSON ({} without one). */
  setup: Record<string, any>;
  stop(): Promise<void>;
}

async function waitFor(url: string, what: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 480; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // still starting
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not start`);
}

/** Start a server process (node directly, so killing the child stops the server itself) and wait until it answers. */
export async function startServer(what: string, args: string[], cwd: string, readyUrl: string, env: NodeJS.ProcessEnv, showLog = false): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', showLog ? 'inherit' : 'ignore', 'inherit'] });
  try {
    await waitFor(readyUrl, what, child);
  } catch (err) {
    child.kill('SIGTERM');
    throw err;
  }
  return child;
}

/** The first admin of a fresh database and its JWT, for admin API calls. */
export async function registerAdmin(base: string): Promise<string> {
  const res = await fetch(`${base}/admin/register-admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@wedraw.test', password: 'BenchPassw0rd!', firstname: 'Bench' }),
  });
  if (!res.ok) throw new Error(`register-admin: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { token: string } }).data.token;
}

/** A port nobody listens on now: two benches never answer each other's load. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * A fresh database `wedraw_bench_<name>` (and none of an earlier run's Redis keys), `setupScript`
 * (a .cjs loading the built CMS; null for none) run in it, then `strapi start` of the production
 * build on `opts.port` or a free port. `db` is a connection to that database.
 */
export async function startBenchCms(
  name: string,
  setupScript: string | null,
  opts: { build?: boolean; env?: Record<string, string>; port?: number; showLog?: boolean } = {},
): Promise<BenchCms> {
  const port = opts.port ?? (await freePort());
  const env = cmsEnv(name, port, opts.env);
  const db = await mysql.createConnection(benchDb);
  await db.query(`DROP DATABASE IF EXISTS \`${env.DATABASE_NAME}\``);
  await db.query(`CREATE DATABASE \`${env.DATABASE_NAME}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await db.query(`USE \`${env.DATABASE_NAME}\``);
  await dropRedisKeys(env.REDIS_URL as string, env.REDIS_KEY_PREFIX as string);
  if (opts.build) {
    console.log('[bench] building the production CMS (plugins + admin)…');
    if (spawnSync('npm', ['run', 'build:plugins'], { cwd: root, env, stdio: 'inherit' }).status !== 0) throw new Error('plugin build failed');
    if (spawnSync('npm', ['run', 'build', '-w', 'cms'], { cwd: root, env, stdio: 'inherit' }).status !== 0) throw new Error('cms build failed');
  }
  let setup = {};
  if (setupScript) {
    console.log(`[bench] setting up (${path.relative(root, setupScript)})…`);
    const run = spawnSync(process.execPath, [setupScript], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`setup failed:\n${run.stderr}`);
    setup = JSON.parse(run.stdout.trim().split('\n').pop() || '{}');
  }
  const strapiBin = path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
  const base = `http://127.0.0.1:${port}`;
  // BENCH_CMS_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to profile the CMS under load.
  const nodeArgs = [...PRODUCTION_NODE_ARGS, ...(process.env.BENCH_CMS_NODE_ARGS || '').split(' ').filter(Boolean)];
  const cms = await startServer('cms', [...nodeArgs, strapiBin, 'start'], path.join(root, 'cms'), `${base}/health`, env, opts.showLog);
  return {
    base,
    port,
    pid: cms.pid!,
    env,
    db,
    setup,
    async stop() {
      const exited = new Promise((r) => cms.once('exit', r));
      cms.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      await db.end();
    },
  };
}

/** User + system CPU seconds a process has used so far (Linux /proc): per-request cost independent of other load. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop()!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The pid of a running program by name (`pidof`), or 0 when none runs here (a remote database). */
export function pidOf(...names: string[]): number {
  for (const name of names) {
    const out = spawnSync('pidof', ['-s', name], { encoding: 'utf8' }).stdout?.trim();
    if (out) return Number(out);
  }
  return 0;
}

/**
 * CPU seconds of several processes, read together: `take()` gives each one's use since the last
 * take (0 for a pid that is gone or 0), to say where a phase's CPU went.
 */
export function cpuMeter(pids: Record<string, number>): { take(): Record<string, number> } {
  const read = (pid: number) => {
    try {
      return pid ? cpuSeconds(pid) : 0;
    } catch {
      return 0;
    }
  };
  let last = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, read(pid)]));
  return {
    take() {
      const now = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, read(pid)]));
      const used = Object.fromEntries(Object.entries(now).map(([k, v]) => [k, Math.max(0, v - (last[k] ?? 0))]));
      last = now;
      return used;
    },
  };
}

export interface LoadRow {
  title: string;
  rps: number;
  p99ms: number;
  non2xx: number;
  errors: number;
  requests?: number;
}

/** One autocannon load (after a short warm-up unless told not to), printed as one row. */
export async function load(title: string, options: autocannon.Options, warmUp = true): Promise<LoadRow> {
  if (warmUp) await autocannon({ ...options, connections: Math.min(8, options.connections ?? 8), duration: 2, amount: undefined });
  const r = await autocannon(options);
  const row: LoadRow = { title, rps: Math.round(r.requests.average), p99ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors, requests: r.requests.total };
  console.log(
    `${title.padEnd(48)} ${String(row.rps).padStart(8)} req/s   p99 ${String(row.p99ms).padStart(6)} ms   non-2xx ${row.non2xx}   errors ${row.errors}`,
  );
  if (r.non2xx) console.log(`  answers by status: ${JSON.stringify(r.statusCodeStats)}`);
  return row;
}

/** The row with the median rate (rounds of one load, interleaved with another). */
export function medianRow(rows: LoadRow[]): LoadRow {
  const sorted = [...rows].sort((a, b) => a.rps - b.rps);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export const ratioOf = (value: number, baseline: number) => Math.round((value / baseline) * 100) / 100;

/** The last line of every bench (DESIGN.md): one JSON object. */
export function printResult(result: Record<string, unknown>): void {
  console.log(JSON.stringify(result));
}

/** A JSON answer, or an error naming the URL, the status and the body. */
export async function json<T>(res: Response): Promise<T> {
  const text = await res.text();
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : {}) as T;
}
