/**
 * bench/messaging: the message center on a production CMS (MySQL + Redis).
 * (1) intake: single sends at --connections (64) for --duration s (req/s, p99), then batches of 500
 *     (messages accepted/s); both scheduled a day ahead so that intake alone is measured;
 * (2) delivery: BENCH_MESSAGES (20 000) `oa-template` messages through the sandbox, whose
 *     TEMPLATESENDJOBFINISH receipts are pushed back into the same CMS; rate until every record is
 *     final, against the same run's BullMQ no-op job ceiling; lost and duplicated counted from what
 *     the sandbox served. BENCH_WORKERS=2: the CMS runs no worker and two `npm run worker`
 *     processes deliver (part 3 of the issue).
 *
 *   node --import tsx bench/messaging.ts [--duration 10] [--connections 64]   (after `npm run build`)
 * Env: BENCH_DATABASE_*, REDIS_URL, BENCH_MESSAGES, BENCH_WORKERS, BENCH_PUSH_KEEP_ALIVE (on: the
 * sandbox's receipt pushes reuse connections — WeChat does not say whether its pushes do; off: one
 * connection per push), BENCH_INTAKE=off (delivery only). Last line: one JSON object.
 */
import http from 'node:http';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { BullmqDriver } from '../cms/src/infra/queue';
import { dropRedisKeys } from '../cms/tests/harness/strapi';
import { benchArgs, cmsEnv, cpuMeter, cpuSeconds, freePort, load, pidOf, printResult, ratioOf, root, startBenchCms, startServer } from './lib/production-cms';

const messages = Number(process.env.BENCH_MESSAGES || 20000);
const workers = Number(process.env.BENCH_WORKERS || 0);
/** The sandbox's receipt pushes over kept connections (on) or one connection each (off). */
const pushKeepAlive = process.env.BENCH_PUSH_KEEP_ALIVE === 'off' ? 'off' : 'on';
const args = benchArgs({ duration: 10, connections: 64 });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let sandboxUrl = '';
let cmsUrl = '';
let redisUrl = '';

/** BullMQ no-op jobs, each one keep-alive GET to the sandbox: the ceiling of one-job-per-message delivery. */
async function baseline(): Promise<number> {
  const prefix = `wedraw-bench-msg-baseline-${Date.now()}`;
  const driver = new BullmqDriver(redisUrl, prefix);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
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
    { concurrency: 64 },
  );
  const started = Date.now();
  for (let i = 0; i < messages; i += 1000) {
    await driver.addBulk(
      'noop-http',
      Array.from({ length: Math.min(1000, messages - i) }, (_, k) => ({ name: 'noop', data: { i: i + k } })),
    );
  }
  await all;
  const rate = messages / ((Date.now() - started) / 1000);
  await driver.close();
  await dropRedisKeys(redisUrl, prefix);
  agent.destroy();
  console.log(`baseline: ${messages} BullMQ no-op jobs with one HTTP call each = ${rate.toFixed(0)} jobs/s`);
  return rate;
}

async function post(p: string, key: string, body: unknown) {
  const res = await fetch(`${cmsUrl}${p}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data: { accepted: number; ids: string[]; rejected: unknown[] } };
  if (res.status >= 300) throw new Error(`${p}: ${res.status} ${JSON.stringify(json)}`);
  return json.data;
}

async function followers(appId: string): Promise<string[]> {
  const out: string[] = [];
  for (let offset = 0; out.length < messages; offset += 1000) {
    const res = (await (await fetch(`${sandboxUrl}/_sandbox/apps/${appId}/fans?offset=${offset}&limit=1000`)).json()) as {
      fans: Array<{ openid: string; subscribed: boolean }>;
    };
    if (res.fans.length === 0) break;
    for (const f of res.fans) if (f.subscribed && out.length < messages) out.push(f.openid);
  }
  return out;
}

let cmsPid = 0;
let meter: ReturnType<typeof cpuMeter> | null = null;

const DB_COUNTERS = [
  'Questions',
  'Com_select',
  'Com_insert',
  'Com_update',
  'Handler_read_key',
  'Handler_read_next',
  'Handler_read_rnd_next',
  'Handler_update',
  'Handler_commit',
  'Innodb_data_fsyncs',
];

/** The server's statement and row counters (SHOW GLOBAL STATUS): what a phase asked of the database. */
async function dbCounters(db: { query(sql: string): Promise<unknown> }): Promise<Record<string, number>> {
  const [rows] = (await db.query(`SHOW GLOBAL STATUS WHERE Variable_name IN (${DB_COUNTERS.map((c) => `'${c}'`).join(',')})`)) as [
    Array<{ Variable_name: string; Value: string }>,
  ];
  return Object.fromEntries(rows.map((r) => [r.Variable_name, Number(r.Value)]));
}

const perMessage = (before: Record<string, number>, after: Record<string, number>, n: number) =>
  Object.fromEntries(DB_COUNTERS.map((c) => [c, Math.round((((after[c] ?? 0) - (before[c] ?? 0)) / Math.max(1, n)) * 100) / 100]));

/** µs of CPU per item of each process since the meter's last take, e.g. "cms 540 · mariadb 210 · …". */
function cpuSplit(items: number): { text: string; us: Record<string, number> } {
  const used = meter?.take() ?? {};
  const us = Object.fromEntries(Object.entries(used).map(([k, v]) => [k, Math.round((v * 1e6) / Math.max(1, items))]));
  return {
    text: Object.entries(us)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · '),
    us,
  };
}

async function intake(key: string): Promise<{ single: { rps: number; p99ms: number; cpuMsPerReq: number }; batchRate: number; cpuUsPerBatchMsg: number }> {
  const later = new Date(Date.now() + 24 * 3600_000).toISOString();
  const body = JSON.stringify({ channel: 'webhook', to: 'http://127.0.0.1:9/never', content: { bench: true }, sendAt: later });
  // CMS CPU per request (user + system): comparable across runs on a shared machine, unlike the rates.
  const options = {
    url: `${cmsUrl}/api/messaging/messages`,
    method: 'POST' as const,
    connections: args.connections,
    duration: args.duration,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body,
  };
  await load('warm-up, 8 connections', { ...options, connections: 8, duration: 2 }, false);
  const cpuSingle0 = cpuSeconds(cmsPid);
  meter?.take();
  const singleRow = await load(`single sends, ${args.connections} connections`, options, false);
  const cpuMsPerReq = ((cpuSeconds(cmsPid) - cpuSingle0) * 1000) / Math.max(1, singleRow.requests ?? 0);
  const single = { rps: singleRow.rps, p99ms: singleRow.p99ms, cpuMsPerReq };
  console.log(`  CMS CPU ≈ ${cpuMsPerReq.toFixed(2)} ms per single send; µs per send by process: ${cpuSplit(singleRow.requests ?? 0).text}`);
  const batch = Array.from({ length: 500 }, (_, i) => ({ channel: 'webhook', to: `http://127.0.0.1:9/never/${i}`, content: { i }, sendAt: later }));
  const rounds = 40;
  const cpuBatch0 = cpuSeconds(cmsPid);
  const started = Date.now();
  let accepted = 0;
  for (let i = 0; i < rounds; i += 4)
    accepted += (await Promise.all([0, 1, 2, 3].map(() => post('/api/messaging/messages/batch', key, { messages: batch })))).reduce(
      (a, r) => a + r.accepted,
      0,
    );
  const batchRate = accepted / ((Date.now() - started) / 1000);
  const cpuUsPerBatchMsg = ((cpuSeconds(cmsPid) - cpuBatch0) * 1e6) / Math.max(1, accepted);
  console.log(
    `batches of 500 (4 in flight): ${accepted} messages accepted = ${batchRate.toFixed(0)} msg/s; CMS CPU ${cpuUsPerBatchMsg.toFixed(0)} µs per message`,
  );
  return { single, batchRate, cpuUsPerBatchMsg };
}

(async () => {
  const cmsPort = await freePort();
  const sandboxPort = await freePort();
  sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const extra: Record<string, string> = workers > 0 ? { MESSAGING_WORKERS: 'off' } : {};
  const env = cmsEnv('messaging', cmsPort, { MESSAGING_SECRET_KEY: 'bench-messaging-secret', ...extra });
  redisUrl = env.REDIS_URL as string;
  const sandbox = await startServer(
    'sandbox',
    [
      // BENCH_SANDBOX_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof-sandbox", to profile the sandbox.
      ...(process.env.BENCH_SANDBOX_NODE_ARGS || '').split(' ').filter(Boolean),
      '--import',
      'tsx',
      'src/main.ts',
      '--fans',
      String(Math.ceil(messages * 1.15) + 100),
      '--port',
      String(sandboxPort),
      '--smtp-port',
      String(await freePort()),
      '--callback',
      `${cmsUrl}/api/wechat/callback/{appId}`,
      '--mode',
      'safe',
      '--push-keep-alive',
      pushKeepAlive,
    ],
    path.join(root, 'sandbox'),
    `${sandboxUrl}/_sandbox/clock`,
    process.env,
  );
  const cms = await startBenchCms('messaging', path.join(__dirname, 'setup', 'messaging.cjs'), {
    port: cmsPort,
    env: { SANDBOX_URL: sandboxUrl, MESSAGING_SECRET_KEY: 'bench-messaging-secret', ...extra },
  });
  const { key, appId, templateId } = cms.setup as { key: string; appId: string; templateId: string };
  cmsPid = cms.pid;
  const workerProcs: ChildProcess[] = [];
  try {
    for (let i = 0; i < workers; i++) {
      const w = spawn(process.execPath, [path.join(root, 'cms', 'scripts', 'worker.js')], {
        cwd: path.join(root, 'cms'),
        env: { ...cms.env, MESSAGING_WORKERS: 'on' },
        stdio: 'ignore',
      });
      workerProcs.push(w);
    }
    if (workers) await sleep(20_000); // the worker processes boot Strapi
    meter = cpuMeter({
      cms: cmsPid,
      sandbox: sandbox.pid ?? 0,
      ...Object.fromEntries(workerProcs.map((w, i) => [`worker${i + 1}`, w.pid ?? 0])),
      mariadb: pidOf('mariadbd', 'mysqld'),
      redis: pidOf('redis-server'),
      bench: process.pid,
    });
    const base = await baseline();
    // BENCH_INTAKE=off: delivery only (when working on it); the intake figures print as 0.
    const { single, batchRate, cpuUsPerBatchMsg } =
      process.env.BENCH_INTAKE === 'off' ? { single: { rps: 0, p99ms: 0, cpuMsPerReq: 0 }, batchRate: 0, cpuUsPerBatchMsg: 0 } : await intake(key);
    await cms.db.query('DELETE FROM messaging_messages'); // the intake's scheduled rows (their jobs find nothing)

    const openids = await followers(appId);
    const content = { templateId, data: { first: '积分变动', keyword1: '+10', keyword2: '120', keyword3: '2026-11-22 10:00', remark: '感谢支持' } };
    const cpuDelivery0 = cpuSeconds(cmsPid);
    meter?.take();
    const db0 = await dbCounters(cms.db);
    const t0 = Date.now();
    for (let i = 0; i < openids.length; i += 500) {
      await post('/api/messaging/messages/batch', key, {
        messages: openids.slice(i, i + 500).map((to) => ({ channel: 'oa-template', account: appId, to, content })),
      });
    }
    // Until every record is final; a run where nothing moves for 60 s stops there (its rows not final are reported).
    // Progress is read from the message center's own day statistics (a few rows), not by counting the
    // messages table every 200 ms, which would load the database with the bench's own scans; the end
    // is confirmed by counting the rows themselves.
    const statFinal = async () => {
      const [[row]] = (await cms.db.query(
        `SELECT COALESCE(SUM(value), 0) AS n FROM messaging_message_stats WHERE channel = 'oa-template' AND metric IN ('delivered', 'failed')`,
      )) as unknown as [[{ n: string }]];
      return Number(row.n);
    };
    const rowFinal = async () => {
      const [[row]] = (await cms.db.query(`SELECT SUM(status IN ('delivered','failed')) AS final FROM messaging_messages`)) as unknown as [[{ final: string }]];
      return Number(row.final ?? 0);
    };
    let finalRows = 0;
    let lastFinal = -1;
    let lastMoveAt = Date.now();
    let finishedAt = Date.now();
    for (;;) {
      const counted = await statFinal();
      if (counted !== lastFinal) {
        lastFinal = counted;
        lastMoveAt = finishedAt = Date.now();
      }
      if (counted >= openids.length && (finalRows = await rowFinal()) >= openids.length) break;
      if (Date.now() - lastMoveAt > 60_000 || Date.now() - t0 > 30 * 60_000) {
        finalRows = await rowFinal();
        break;
      }
      await sleep(200);
    }
    const cpuUsPerDelivered = ((cpuSeconds(cmsPid) - cpuDelivery0) * 1e6) / Math.max(1, finalRows);
    const notFinal = openids.length - finalRows;
    const deliverySplit = cpuSplit(finalRows);
    const dbWork = perMessage(db0, await dbCounters(cms.db), finalRows);
    const pushes = (await (await fetch(`${sandboxUrl}/_sandbox/pushes?appId=${appId}&type=TEMPLATESENDJOBFINISH`)).json()) as Array<{ outcome: string }>;
    const receiptPushesFailed = pushes.filter((p) => p.outcome === 'failed').length;
    const seconds = (finishedAt - t0) / 1000;
    const rate = finalRows / seconds;
    const [[counts]] = (await cms.db.query(
      `SELECT COUNT(*) AS n, SUM(status = 'delivered') AS delivered, SUM(status = 'failed') AS failed FROM messaging_messages`,
    )) as unknown as [[{ n: number; delivered: string; failed: string }]];
    const served = (await (await fetch(`${sandboxUrl}/_sandbox/messages?appId=${appId}&kind=template`)).json()) as Array<{ touser: string }>;
    const distinct = new Set(served.map((m) => m.touser)).size;
    const lost = openids.length - distinct;
    const duplicated = served.length - distinct;
    console.log(
      `delivery (${workers ? `${workers} worker processes, CMS none` : 'workers in the CMS'}): ${finalRows} of ${openids.length} oa-template messages final (receipts applied) in ${seconds.toFixed(2)} s = ${rate.toFixed(0)} msg/s`,
    );
    console.log(
      `records ${counts.n} (${Number(counts.delivered)} delivered, ${Number(counts.failed)} failed); sandbox served ${served.length}: lost ${lost}, duplicated ${duplicated}`,
    );
    console.log(
      `CMS CPU ${cpuUsPerDelivered.toFixed(0)} µs per message delivered (intake, sending and receipt included${workers ? '; the worker processes not counted' : ''})`,
    );
    console.log(`CPU µs per message delivered by process: ${deliverySplit.text}`);
    console.log(
      `database work per message delivered (whole server): ${Object.entries(dbWork)
        .map(([k, v]) => `${k} ${v}`)
        .join(' · ')}`,
    );
    console.log(`not final: ${notFinal}; receipt pushes the sandbox gave up on (3 attempts, 5 s each): ${receiptPushesFailed}`);
    console.log(`10 M/day = 116 msg/s on average: ${rate.toFixed(0)} msg/s is ${(rate / 116).toFixed(1)}× that on this 2-core machine`);
    printResult({
      bench: workers ? `messaging-${workers}-workers` : 'messaging',
      value: Math.round(rate),
      unit: 'msg/s',
      baseline: Math.round(base),
      baselineName: 'bullmq no-op http job',
      ratio: ratioOf(rate, base),
      target: 1500,
      lost,
      duplicated,
      records: Number(counts.n),
      notFinal,
      receiptPushesFailed,
      intakeRps: single.rps,
      intakeP99ms: single.p99ms,
      batchMsgPerS: Math.round(batchRate),
      cpuMsPerSingleSend: Math.round(single.cpuMsPerReq * 100) / 100,
      cpuUsPerBatchMsg: Math.round(cpuUsPerBatchMsg),
      cpuUsPerDelivered: Math.round(cpuUsPerDelivered),
      cpuUsPerDeliveredByProcess: deliverySplit.us,
      dbPerDelivered: dbWork,
    });
  } finally {
    for (const w of workerProcs) w.kill('SIGTERM');
    sandbox.kill('SIGTERM');
    await cms.stop();
    await dropRedisKeys(redisUrl, env.REDIS_KEY_PREFIX as string);
  }
  process.exit(0);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
