#!/usr/bin/env node
/**
 * `npm run dev`: the whole product on one machine with nothing configured — the WeChat sandbox,
 * the CMS (admin at /admin) on SQLite with in-process queues and the demo data loaded, and the H5
 * when its workspace exists. Ctrl+C stops everything.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cmsPort = process.env.PORT || '1337';
const sandboxPort = process.env.SANDBOX_PORT || '7100';
const h5Port = process.env.H5_PORT || '3000';
const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
const cmsUrl = `http://127.0.0.1:${cmsPort}`;

const env = {
  ...process.env,
  NODE_ENV: 'development',
  PORT: cmsPort,
  SANDBOX_PORT: sandboxPort,
  WECHAT_SANDBOX_URL: sandboxUrl,
  SANDBOX_CALLBACK_URL: process.env.SANDBOX_CALLBACK_URL || `${cmsUrl}/api/wechat/callback/{appId}`,
};

const children = [];
function start(name, cmd, args, extraEnv = {}) {
  const child = spawn(cmd, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) process.stdout.write(`[${name}] ${line}\n`);
    });
  }
  child.on('exit', (code) => {
    process.stdout.write(`[${name}] exited with ${code}\n`);
    if (!stopping) stop(code ?? 1);
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitFor(url, name, timeoutMs = 120_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
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

function step(title, cmd, args) {
  console.log(`[dev] ${title}`);
  const status = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' }).status;
  if (status !== 0) throw new Error(`${title} failed (exit ${status})`);
}

try {
  step('building plugins', 'npm', ['run', 'build:plugins']);
  start('sandbox', 'npm', ['run', 'start', '-w', 'sandbox']);
  await waitFor(`${sandboxUrl}/_sandbox/apps`, 'the WeChat sandbox');
  step('demo data (loaded once per database)', 'npm', ['run', 'seed', '-w', 'cms']);
  start('cms', 'npm', ['run', 'develop', '-w', 'cms']);
  if (existsSync(path.join(root, 'h5', 'package.json'))) {
    start('h5', 'npm', ['run', 'dev', '-w', 'h5'], { PORT: h5Port, NUXT_PUBLIC_API_BASE: `${cmsUrl}/api` });
  }
  await waitFor(`${cmsUrl}/health`, 'the CMS', 300_000);
  console.log(`
[dev] WeDraw is running
[dev]   admin (运营后台)   ${cmsUrl}/admin   ${process.env.ADMIN_EMAIL || 'admin@wedraw.local'} / ${process.env.ADMIN_PASSWORD ? '(ADMIN_PASSWORD)' : 'WeDraw2026!'}
[dev]   mall API           ${cmsUrl}/api/mall/home
[dev]   WeChat sandbox     ${sandboxUrl}/
${existsSync(path.join(root, 'h5', 'package.json')) ? `[dev]   H5 mall            http://127.0.0.1:${h5Port}/\n` : ''}`);
} catch (err) {
  console.error(`[dev] ${err.message}`);
  stop(1);
}
