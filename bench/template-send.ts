/**
 * bench/template-send: BENCH_MESSAGES (20 000) template messages to every follower through the
 * message center's queue (BullMQ on Redis) to the sandbox, from a production CMS on MySQL, with a
 * record each (`messaging_messages` under the send's batch reference); the
 * baseline is the same run's BullMQ rate for no-op jobs that each make one trivial HTTP call to
 * the sandbox. Then checks: one record per fan, all final, every fan served once by the sandbox
 * (lost / duplicated counted). The sandbox pushes TEMPLATESENDJOBFINISH to the CMS meanwhile.
 *
 *   node --import tsx bench/template-send.ts   (after `npm run build`; BENCH_CALLBACK=none: no TEMPLATESENDJOBFINISH pushes)
 * Env: BENCH_DATABASE_HOST/PORT/USERNAME/PASSWORD (root@127.0.0.1:3306), REDIS_URL, BENCH_MESSAGES,
 * BENCH_BASELINE_CONCURRENCY (64). Last line: one JSON object (DESIGN.md bench convention).
 */
import http from 'node:http';
import path from 'node:path';
import { BullmqDriver } from '../cms/src/infra/queue';
import { dropRedisKeys } from '../cms/tests/harness/strapi';
import { cmsEnv, freePort, printResult, ratioOf, root, startBenchCms, startServer } from './lib/production-cms';

const messages = Number(process.env.BENCH_MESSAGES || 20000);
const baselineConcurrency = Number(process.env.BENCH_BASELINE_CONCURRENCY || 64);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let sandboxUrl = '';
let cmsUrl = '';
let redisUrl = '';

/** BullMQ no-op jobs, each one keep-alive GET to the sandbox: the baseline jobs/s. */
async function baseline(): Promise<number> {
  const prefix = `wedraw-bench-tpl-baseline-${Date.now()}`;
  const driver = new BullmqDriver(redisUrl, prefix);
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
    { concurrency: baselineConcurrency },
  );
  const started = Date.now();
  for (let i = 0; i < messages; i += 1000) {
    await driver.addBulk(
      'noop-http',
      Array.from({ length: Math.min(1000, messages - i) }, (_, k) => ({ name: 'noop', data: { i: i + k } })),
    );
  }
  await all;
  const seconds = (Date.now() - started) / 1000;
  await driver.close();
  await dropRedisKeys(redisUrl, prefix); // the baseline's finished jobs
  agent.destroy();
  const rate = messages / seconds;
  console.log(
    `baseline: ${messages} BullMQ no-op jobs with one HTTP call each (concurrency ${baselineConcurrency}) in ${seconds.toFixed(2)} s = ${rate.toFixed(0)} jobs/s`,
  );
  return rate;
}

async function api(method: string, p: string, token: string, body?: unknown) {
  const res = await fetch(`${cmsUrl}${p}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json()) as { data: { documentId: string; status: string; totals: Record<string, number> } };
  if (res.status >= 300) throw new Error(`${method} ${p}: ${res.status} ${JSON.stringify(json)}`);
  return json.data;
}

(async () => {
  const cmsPort = await freePort();
  const sandboxPort = await freePort();
  sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const env = cmsEnv('templates', cmsPort);
  redisUrl = env.REDIS_URL as string;
  await dropRedisKeys(redisUrl, env.REDIS_KEY_PREFIX as string); // a previous run's queue
  const fans = Math.ceil(messages * 1.15) + 100; // about 90% of the sandbox's fans follow
  const callback = process.env.BENCH_CALLBACK === 'none' ? 'none' : `${cmsUrl}/api/wechat/callback/{appId}`;
  const sandbox = await startServer(
    'sandbox',
    ['--import', 'tsx', 'src/main.ts', '--fans', String(fans), '--port', String(sandboxPort), '--callback', callback, '--mode', 'safe'],
    path.join(root, 'sandbox'),
    `${sandboxUrl}/_sandbox/clock`,
    process.env,
  );
  console.log(`[bench] sandbox with ${fans} fans; setting up the CMS database (apps, ${messages} followers, templates, API token)…`);
  const cms = await startBenchCms('templates', path.join(__dirname, 'setup', 'template-send.cjs'), {
    port: cmsPort,
    env: { SANDBOX_URL: sandboxUrl, BENCH_FANS: String(messages) },
  });
  const { token, appId, templateId } = cms.setup as { token: string; appId: string; templateId: string };
  const conn = cms.db;
  const DB_NAME = cms.env.DATABASE_NAME;
  try {
    const base = await baseline();

    const t0 = Date.now();
    const created = await api('POST', '/api/wechat/template-sends', token, {
      appId,
      templateId,
      target: 'all',
      data: { first: '积分变动', keyword1: '+10', keyword2: '120', keyword3: '2026-11-22 10:00', remark: '感谢支持' },
    });
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
      `SELECT COUNT(*) AS n, COUNT(DISTINCT recipient) AS fans, SUM(status IN ('sent','delivered')) AS ok, SUM(status IN ('pending','sending')) AS pending FROM ${DB_NAME}.messaging_messages WHERE batch = CONCAT('wechat-template:', (SELECT id FROM ${DB_NAME}.wechat_template_sends WHERE document_id = ?))`,
      [created.documentId],
    )) as unknown as [[{ n: number; fans: number; ok: string; pending: string }]];
    const served = (await (await fetch(`${sandboxUrl}/_sandbox/messages?appId=${appId}&kind=template`)).json()) as Array<{ touser: string }>;
    const distinct = new Set(served.map((m) => m.touser)).size;
    const lost = messages - distinct;
    const duplicated = served.length - distinct;
    console.log(
      `records ${rows.n} (${rows.fans} fans, ${Number(rows.ok)} sent/delivered, ${Number(rows.pending)} pending); sandbox served ${served.length} (${distinct} fans): lost ${lost}, duplicated ${duplicated}`,
    );
    printResult({
      bench: 'template-send',
      value: Math.round(rate),
      unit: 'msg/s',
      baseline: Math.round(base),
      baselineName: 'bullmq no-op http job',
      ratio: ratioOf(rate, base),
      target: 1000,
      lost,
      duplicated,
      records: Number(rows.n),
    });
  } finally {
    sandbox.kill('SIGTERM');
    await cms.stop();
    await dropRedisKeys(redisUrl, env.REDIS_KEY_PREFIX as string);
  }
  process.exit(0);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
