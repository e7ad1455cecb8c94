import fs from 'fs';
import { spawn, type ChildProcess } from 'child_process';
import path from 'path';
import type { AddressInfo } from 'net';
import type { Core } from '@strapi/strapi';
import { APP_DIR, cmsEnv, createTestDatabase, type TestDatabase } from './env';
import { conformanceCheck } from './conformance';

export interface TestCms {
  strapi: Core.Strapi;
  url: string;
  database: TestDatabase;
  env: Record<string, string>;
  stop(): Promise<void>;
}

const quiet = { LOG_LEVEL: process.env.TEST_LOG_LEVEL || 'warn' };

/**
 * Boot a real Strapi (the compiled CMS in dist/, as production runs it) on a fresh database and
 * listen on a random local port; tests talk to `url` over HTTP.
 */
export async function startCms(
  overrides: Record<string, string | undefined> = {},
  database?: TestDatabase,
  options: { serveAdminPanel?: boolean } = {},
): Promise<TestCms> {
  const db = database ?? (await createTestDatabase());
  const env = cmsEnv(db, { ...quiet, ...overrides });
  const saved = { ...process.env };
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete process.env[k];
  const { createStrapi } = require('@strapi/strapi');
  const strapi: Core.Strapi = await createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    // The admin panel (dist/build, from `strapi build`) only for the tests that drive it in a browser.
    serveAdminPanel: options.serveAdminPanel ?? false,
  }).load();
  await db.recordSchema?.();
  await strapi.server.mount();
  // Outermost middleware: every answer under /api is checked against the published OpenAPI document.
  const conformance = conformanceCheck();
  strapi.server.app.middleware.unshift(conformance.middleware as never);
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    database: db,
    env,
    async stop() {
      if (!database) await removeUploads(strapi);
      await strapi.destroy();
      process.env = saved;
      if (!database) await db.drop();
      await dropRedisKeys(env.REDIS_URL, env.REDIS_KEY_PREFIX);
      if (conformance.violations.length) {
        throw new Error(`responses that do not conform to cms/public/openapi.json:\n${conformance.violations.join('\n')}`);
      }
    },
  };
}

/** Remove this instance's keys (cache versions, queues, rate-limit counters) from a shared Redis. */
/** The files a test database's uploads wrote into public/uploads go with the database. */
export async function removeUploads(strapi: Core.Strapi): Promise<void> {
  const files = (await strapi.db.query('plugin::upload.file').findMany({ select: ['url', 'formats'] })) as Array<{
    url: string;
    formats: Record<string, { url: string }> | null;
  }>;
  const urls = files.flatMap((f) => [f.url, ...Object.values(f.formats ?? {}).map((format) => format.url)]);
  for (const url of urls) if (url?.startsWith('/uploads/')) fs.rmSync(path.join(strapi.dirs.static.public, url), { force: true });
}

export async function dropRedisKeys(url: string | undefined, prefix: string | undefined): Promise<void> {
  if (!url || !prefix) return;
  const Redis = require('ioredis');
  const redis = new Redis(url, { maxRetriesPerRequest: 1, retryStrategy: () => null, lazyConnect: true });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // a test that ran against an unreachable Redis on purpose has nothing to clean
  } finally {
    redis.disconnect();
  }
}

export interface PeerCms {
  url: string;
  stop(): Promise<void>;
  /** Kills the process without letting it shut down (SIGKILL by default): a crash. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** A second CMS instance in its own process, sharing the database and Redis: a real cluster peer. */
export async function startPeerCms(env: Record<string, string>): Promise<PeerCms> {
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'cms-process.js')], {
    env: { ...process.env, ...env, ...quiet },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`peer CMS did not start: ${out}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /READY (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    });
    child.on('exit', (code) => reject(new Error(`peer CMS exited with ${code}: ${out}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
    kill: (signal = 'SIGKILL') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
