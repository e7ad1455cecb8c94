/**
 * bench/template-send: BENCH_MESSAGES (20 000) template messages to every follower through the
 * queue (BullMQ on Redis) to the sandbox, from a production CMS on MySQL, with a record each; the
 * baseline is the same run's BullMQ rate for no-op jobs that each make one trivial HTTP call to
 * the sandbox. Then checks: one record per fan, all final, every fan served once by the sandbox
 * (lost / duplicated counted). The sandbox pushes TEMPLATESENDJOBFINISH to the CMS meanwhile.
 *
 *   npm run build -w cms && node --import tsx bench/template-send.ts
 * Env: BENCH_DATABASE_HOST/PORT/USERNAME/PASSWORD (root@127.0.0.1:3306), REDIS_URL, BENCH_MESSAGES,
 * BENCH_BASELINE_CONCURRENCY (64). Last line: one JSON object (DESIGN.md bench convention).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { BullmqDriver } from '../cms/src/infra/queue';
import { dropRedisKeys } from '../cms/tests/harness/strapi';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { benchDatabase, productionEnv } = require('./production-env.cjs');

const root = path.resolve(__dirname, '..');
const messages = Number(process.env.BENCH_MESSAGES || 20000);
const baselineConcurrency = Number(process.env.BENCH_BASELINE_CONCURRENCY || 64);
const cmsPort = Number(process.env.BENCH_PORT || 1349);
const sandboxPort = Number(process.env.BENCH_SANDBOX_PORT || 7149);
const cmsUrl = `http://127.0.0.1:${cmsPort}`;
const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
const db = benchDatabase();
const env: Record<string, string> = productionEnv('templates', cmsPort, { SANDBOX_URL: sandboxUrl, BENCH_FANS: String(messages) });
const DB_NAME = env.DATABASE_NAME;
const redisUrl = env.REDIS_URL;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const children: ChildProcess[] = [];

function start(cmd: string, args: string[], cwd: string): ChildProcess {
  // Own process group: stopping it also stops what npx starts.
  const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', process.env.BENCH_VERBOSE ? 'inherit' : 'ignore', 'inherit'], detached: true });
  children.push(child);
  return child;
}

async function ready(url: string) {
  for (let i = 0; i < 480; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // starting
    }
    await sleep(500);
  }
  throw new Error(`${url} did not answer`);
}

/** BullMQ no-op jobs, each one keep-alive GET to the sandbox: the baseline jobs/s. */
async function baseline(): Promise<number> {
  const driver = new BullmqDriver(redisUrl, `wedraw-bench-tpl-baseline-${Date.now()}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: baselineConcurrency });
  const get = () =>
    new Promise<void>((resolve, reject) => {
      http.get(`${sandboxUrl}/_sandbox/clock`, { agent }, (res) => res.resume().on('end', resolve)).on('error', reject);
    });
  let done = 0;
  let finish: () => void = () => undefined;
  const all = new Promise<void>((r) => (finish = r));
  driver.process(
    'noop-http',
    async () => {
      await get();
      if (++done === messages) finish();
    },
    { concurrency: baselineConcurrency }
  );
  const started = Date.now();
  for (let i = 0; i < messages; i += 1000) {
    await driver.addBulk('noop-http', Array.from({ length: Math.min(1000, messages - i) }, (_, k) => ({ name: 'noop', data: { i: i + k } })));
  }
  await all;
  const seconds = (Date.now() - started) / 1000;
  await driver.close();
  agent.destroy();
  const rate = messages / seconds;
  console.log(`baseline: ${messages} BullMQ no-op jobs with one HTTP call each (concurrency ${baselineConcurrency}) in ${seconds.toFixed(2)} s = ${rate.toFixed(0)} jobs/s`);
  return rate;
}

async function api(method: string, p: string, token: string, body?: unknown) {
  const res = await fetch(`${cmsUrl}${p}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  const json = (await res.json()) as { data: { documentId: string; status: string; totals: Record<string, number> } };
  if (res.status >= 300) throw new Error(`${method} ${p}: ${res.status} ${JSON.stringify(json)}`);
  return json.data;
}

(async () => {
  const conn = await mysql.createConnection(db);
  await conn.query(`DROP DATABASE IF EXISTS ${DB_NAME}`);
  await conn.query(`CREATE DATABASE ${DB_NAME} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await dropRedisKeys(redisUrl, env.REDIS_KEY_PREFIX); // a previous run's queue
  try {
    const fans = Math.ceil(messages * 1.15) + 100; // about 90% of the sandbox's fans follow
    start(process.execPath, ['--import', 'tsx', 'src/main.ts', '--fans', String(fans), '--port', String(sandboxPort), '--callback', process.env.BENCH_CALLBACK === 'none' ? 'none' : `${cmsUrl}/api/wechat/callback/{appId}`, '--mode', 'safe'], path.join(root, 'sandbox'));
    await ready(`${sandboxUrl}/_sandbox/clock`);
    console.log(`[bench] sandbox with ${fans} fans; setting up the CMS database (apps, ${messages} followers, templates, API token)…`);
    const setup = spawnSync(process.execPath, [path.join(__dirname, 'template-send-setup.cjs')], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (setup.status !== 0) throw new Error(setup.stderr);
    const { token, appId, templateId } = JSON.parse(setup.stdout.trim().split('\n').pop() as string);
    start('npx', ['strapi', 'start'], path.join(root, 'cms'));
    await ready(`${cmsUrl}/health`);

    const base = await baseline();

    const t0 = Date.now();
    const created = await api('POST', '/api/wechat/template-sends', token, { appId, templateId, target: 'all', data: { first: '积分变动', keyword1: '+10', keyword2: '120', keyword3: '2026-11-22 10:00', remark: '感谢支持' } });
    let send = created;
    while (!(send.status === 'done' && send.totals.pending === 0)) {
      await sleep(200);
      send = await api('GET', `/api/wechat/template-sends/${created.documentId}`, token);
    }
    const seconds = (Date.now() - t0) / 1000;
    const rate = send.totals.total / seconds;
    console.log(`template send: ${send.totals.total} recipients in ${seconds.toFixed(2)} s = ${rate.toFixed(0)} msg/s; totals ${JSON.stringify(send.totals)}`);
    for (let i = 0; i < 100 && send.totals.sent > 0 && process.env.BENCH_CALLBACK !== 'none'; i++) {
      await sleep(300);
      send = await api('GET', `/api/wechat/template-sends/${created.documentId}`, token);
    }
    console.log(`after the TEMPLATESENDJOBFINISH pushes: ${JSON.stringify(send.totals)}`);

    const [[rows]] = (await conn.query(
      `SELECT COUNT(*) AS n, COUNT(DISTINCT openid) AS fans, SUM(status IN ('sent','delivered')) AS ok, SUM(status = 'pending') AS pending FROM ${DB_NAME}.wechat_template_recipients WHERE send_id = (SELECT id FROM ${DB_NAME}.wechat_template_sends WHERE document_id = ?)`,
      [created.documentId]
    )) as unknown as [[{ n: number; fans: number; ok: string; pending: string }]];
    const served = (await (await fetch(`${sandboxUrl}/_sandbox/messages?appId=${appId}&kind=template`)).json()) as Array<{ touser: string }>;
    const distinct = new Set(served.map((m) => m.touser)).size;
    const lost = messages - distinct;
    const duplicated = served.length - distinct;
    console.log(`records ${rows.n} (${rows.fans} fans, ${Number(rows.ok)} sent/delivered, ${Number(rows.pending)} pending); sandbox served ${served.length} (${distinct} fans): lost ${lost}, duplicated ${duplicated}`);
    console.log('[bench] a shared 2-core machine with other agents running: figures vary run to run.');
    const ratio = Math.round((rate / base) * 100) / 100;
    console.log(JSON.stringify({ bench: 'template-send', value: Math.round(rate), unit: 'msg/s', baseline: Math.round(base), baselineName: 'bullmq no-op http job', ratio, target: 1000, lost, duplicated, records: Number(rows.n) }));
  } finally {
    for (const c of children) {
      try {
        process.kill(-(c.pid as number), 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await conn.end();
  }
  process.exit(0);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
