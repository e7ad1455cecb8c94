#!/usr/bin/env node
/**
 * `npm run dev`: the whole product on one machine with nothing configured — the WeChat sandbox,
 * the CMS (admin at /admin) on SQLite with in-process queues and the demo data loaded (once per
 * database), and the H5 when its workspace exists. Ctrl+C stops everything, once.
 *
 * Each part runs in a process group of its own, so a terminal's Ctrl+C reaches only this script,
 * which then asks each part to stop exactly once (SIGINT to the part's own process) and waits for
 * all of them. (Before, the terminal's SIGINT reached every process of every part and this script
 * added a SIGTERM: Strapi was shut down twice and crashed on the second.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { banner, devUrls } = require('./lib/dev-urls.cjs');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cmsPort = process.env.PORT || '1337';
const sandboxPort = process.env.SANDBOX_PORT || '7100';
const h5Port = process.env.H5_PORT || '3000';
/** One host everywhere (the H5's login cookie is per host): the demo menu, the banner and the README say 127.0.0.1. */
const host = '127.0.0.1';
const sandboxUrl = `http://${host}:${sandboxPort}`;
const cmsUrl = `http://${host}:${cmsPort}`;
const withH5 = existsSync(path.join(root, 'h5', 'package.json')) && process.env.DEV_H5 !== 'off';
/** DEV_ADMIN_BUILD=off starts the CMS without building the admin (the admin then serves a build made earlier, if any). */
const adminBuild = process.env.DEV_ADMIN_BUILD === 'off' ? ['--no-build-admin'] : [];
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);

const env = {
  ...process.env,
  NODE_ENV: 'development',
  PORT: cmsPort,
  SANDBOX_PORT: sandboxPort,
  WECHAT_SANDBOX_URL: sandboxUrl,
  SANDBOX_CALLBACK_URL: process.env.SANDBOX_CALLBACK_URL || `${cmsUrl}/api/wechat/callback/{appId}`,
};

const children = [];
let stopping = false;
let exitCode = 0;

/**
 * A part of the stack: the program itself (no npm or shell in between, which would relay signals
 * again). `workers`: the program is a cluster primary (strapi develop) whose worker holds the server:
 * the worker is asked to stop (Strapi shuts down on SIGINT) and the primary ends with it.
 */
function start(name, args, cwd, extraEnv = {}, { workers = false } = {}) {
  const child = spawn(process.execPath, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) process.stdout.write(`[${name}] ${line}\n`);
    });
  }
  child.on('exit', (code, signal) => {
    if (!stopping) {
      process.stdout.write(`[${name}] exited (${signal ?? code})\n`);
      stop(code || 1);
    }
    exitIfDone();
  });
  child.workers = workers;
  children.push(child);
  return child;
}

/** The process ids of a process's children (pgrep, on Linux and macOS); none when it cannot tell. */
function childPids(pid) {
  const found = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.split('\n').filter(Boolean).map(Number) : [];
}

/** Asks one part to stop, once. */
function askToStop(child) {
  const workers = child.workers ? childPids(child.pid) : [];
  if (!workers.length) return void child.kill('SIGINT');
  for (const pid of workers) {
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      // already gone
    }
  }
  // The primary normally ends with its worker; if it does not, it is asked too.
  setTimeout(() => child.exitCode === null && child.signalCode === null && child.kill('SIGINT'), 15_000).unref();
}

const running = () => children.filter((c) => c.exitCode === null && c.signalCode === null);
function exitIfDone() {
  if (stopping && running().length === 0) {
    console.log('[dev] stopped');
    process.exit(exitCode);
  }
}

/** Asks every part to stop, once; a part still there after 30 s is killed with its process group. */
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  exitCode = code;
  console.log('[dev] stopping…');
  for (const child of running()) askToStop(child);
  setTimeout(() => {
    for (const child of running()) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }, 30_000).unref();
  exitIfDone();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
process.on('SIGHUP', () => stop(0));

async function waitFor(url, name, timeoutMs = 120_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (stopping) return;
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${name} did not come up at ${url}`);
}

/** A step that runs to its end before the next (Ctrl+C meanwhile stops it and this script). */
function step(title, cmd, args) {
  if (stopping) return;
  console.log(`[dev] ${title}`);
  const status = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' }).status;
  if (stopping) return;
  if (status !== 0) throw new Error(`${title} failed (exit ${status})`);
}

try {
  step('building plugins', 'npm', ['run', 'build:plugins']);
  if (!stopping) start('sandbox', ['--import', 'tsx', 'src/main.ts'], path.join(root, 'sandbox'));
  await waitFor(`${sandboxUrl}/_sandbox/apps`, 'the WeChat sandbox');
  step('demo data (loaded once per database)', 'npm', ['run', 'seed', '-w', 'cms']);
  if (!stopping)
    start(
      'cms',
      [bin('@strapi/strapi', 'bin/strapi.js'), 'develop', '--no-watch-admin', '--no-install-deps', ...adminBuild],
      path.join(root, 'cms'),
      {},
      { workers: true },
    );
  if (withH5 && !stopping) {
    start('h5', [bin('nuxt', 'bin/nuxt.mjs'), 'dev', '--host', host, '--port', h5Port], path.join(root, 'h5'), {
      PORT: h5Port,
      NUXT_PUBLIC_API_BASE: `${cmsUrl}/api`,
    });
  }
  await waitFor(`${cmsUrl}/health`, 'the CMS', 300_000);
  // WeCom's demo corp pushes its contacts changes to the CMS (the sandbox verifies the URL first).
  const corpId = 'ww5a0d7e3c1b9f0c01';
  await fetch(`${sandboxUrl}/_sandbox/wecom/${corpId}/callback`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ url: `${cmsUrl}/api/wecom/callback/${corpId}` }),
  })
    .then((res) => (res.ok ? undefined : console.warn(`[dev] the WeCom callback was not saved (HTTP ${res.status})`)))
    .catch((err) => console.warn(`[dev] the WeCom callback was not saved: ${err.message}`));
  if (!stopping) {
    const rows = devUrls({
      cmsUrl,
      sandboxUrl,
      h5Url: withH5 ? `http://${host}:${h5Port}` : null,
      adminEmail: process.env.ADMIN_EMAIL || 'admin@wedraw.local',
      adminPassword: process.env.ADMIN_PASSWORD ? '(ADMIN_PASSWORD)' : 'WeDraw2026!',
    });
    console.log(['', '[dev] WeDraw is running (Ctrl+C stops everything)', ...banner(rows), ''].join('\n'));
  }
} catch (err) {
  console.error(`[dev] ${err.message}`);
  stop(1);
}
