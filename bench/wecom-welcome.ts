/**
 * bench/wecom-welcome: new-customer welcome messages at volume. A production CMS (strapi start,
 * MySQL + Redis, the BullMQ worker in the CMS) is the corp's callback in the sandbox; customers add
 * members in the sandbox's client (`POST /_sandbox/wecom/:corpId/client/add-customer`) at `--rate`
 * per second for `--seconds`; each push carries a WelcomeCode and the plugin sends
 * `send_welcome_msg` through its queue. Measured by WeCom's side (the sandbox's delivered welcome
 * messages): delivered, missed, and the delay from the push to `send_welcome_msg` (p50, p99;
 * target p99 ≤ 2 s, WeCom allows 20 s).
 *
 *   npm run build -w cms            # once (or pass --build)
 *   node --import tsx bench/wecom-welcome.ts [--build] [--rate 50] [--seconds 20]
 * Env: BENCH_DATABASE_HOST/PORT/USERNAME/PASSWORD (default root@127.0.0.1:3306), REDIS_URL.
 * Last line: one JSON object (DESIGN.md bench convention).
 */
import { parseArgs } from 'node:util';
import { startSandbox } from '@wedraw/sandbox';
import { json, printResult, registerAdmin, startBenchCms } from './lib/production-cms';
import { percentile, saveDemoCorp } from './lib/wecom-corp';

const { values: opts } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    rate: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '20' },
  },
});
const RATE = Number(opts.rate);
const SECONDS = Number(opts.seconds);
const TOTAL = RATE * SECONDS;
const P99_TARGET_MS = 2000;

(async () => {
  const sandbox = await startSandbox({ port: 0, fans: 10, menu: false });
  console.log('[bench] production CMS on MySQL + Redis…');
  const cms = await startBenchCms('wecom-welcome', null, { build: opts.build, env: { LOG_LEVEL: 'info' }, showLog: true });
  try {
    const jwt = await registerAdmin(cms.base);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${jwt}` };
    const corp = { corpId: await saveDemoCorp(cms.base, headers, sandbox.url) };
    const rules = (
      await json<{ data: { documentId: string; isDefault: boolean }[] }>(await fetch(`${cms.base}/wecom/corps/${corp.corpId}/welcome-rules`, { headers }))
    ).data;
    if (!rules.some((r) => r.isDefault)) {
      await json(
        await fetch(`${cms.base}/wecom/corps/${corp.corpId}/welcome-rules`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ name: '默认欢迎语', isDefault: true, text: '{{客户昵称}}，你好！' }),
        }),
      );
    }
    const admin = (method: string, path: string, body?: unknown) =>
      fetch(`${sandbox.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const saved = await admin('PUT', `/_sandbox/wecom/${corp.corpId}/callback`, { url: `${cms.base}/api/wecom/callback/${corp.corpId}` });
    if (saved.status !== 200) throw new Error(`callback not saved: ${await saved.text()}`);
    const members = (await json<{ members: { userid: string }[] }>(await admin('GET', `/_sandbox/wecom/${corp.corpId}/members?limit=200`))).members.map(
      (m) => m.userid,
    );

    console.log(`[bench] ${TOTAL} customer adds: ${RATE}/s for ${SECONDS} s`);
    const t0 = Date.now();
    const adds: Promise<unknown>[] = [];
    let refused = 0;
    for (let i = 0; i < TOTAL; i++) {
      const due = t0 + (i * 1000) / RATE;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      adds.push(
        admin('POST', `/_sandbox/wecom/${corp.corpId}/client/add-customer`, {
          userid: members[i % members.length],
          name: `客户${i}`,
          state: `bench-${i % 5}`,
        }).then(async (r) => {
          const body = (await r.json()) as { pushes?: { outcome: string }[] };
          if (r.status !== 201 || body.pushes?.[0]?.outcome !== 'delivered') refused += 1;
        }),
      );
    }
    await Promise.all(adds);
    const sendSeconds = (Date.now() - t0) / 1000;
    console.log(`[bench] adds done in ${sendSeconds.toFixed(1)} s (pushes not delivered: ${refused}); waiting for the welcomes…`);

    type Welcome = { payload: { delayMs: number } };
    let welcomes: Welcome[] = [];
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      welcomes = await json<Welcome[]>(await admin('GET', `/_sandbox/wecom/messages?corpId=${corp.corpId}&kind=welcome`));
      if (welcomes.length >= TOTAL) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const delays = welcomes.map((w) => w.payload.delayMs).sort((a, b) => a - b);
    const [[statuses]] = (await cms.db.query(
      "SELECT SUM(status = 'sent') AS sent, SUM(status = 'missed') AS missed, SUM(status = 'failed') AS failed, SUM(status = 'pending') AS pending, COUNT(*) AS n FROM wecom_welcome_sends WHERE corp_id = ?",
      [corp.corpId],
    )) as unknown as [[Record<string, number | string | null>]];
    const missed = TOTAL - welcomes.length;
    const p50 = percentile(delays, 50);
    const p99 = percentile(delays, 99);
    console.log(
      `[bench] delivered ${welcomes.length}/${TOTAL}, missed ${missed}; push → send_welcome_msg p50 ${p50} ms, p99 ${p99} ms, max ${delays.at(-1) ?? 0} ms; records ${JSON.stringify(statuses)}`,
    );
    console.log('[bench] note: 2 shared cores, other agents load the machine; figures are indicative.');
    printResult({
      bench: 'wecom-welcome',
      value: p99,
      unit: 'ms p99 push → send_welcome_msg',
      target: P99_TARGET_MS,
      p50ms: p50,
      adds: TOTAL,
      ratePerSecond: RATE,
      delivered: welcomes.length,
      missed,
      pushesNotDelivered: refused,
      records: Object.fromEntries(Object.entries(statuses).map(([k, v]) => [k, Number(v ?? 0)])),
    });
    process.exitCode = missed === 0 && refused === 0 ? 0 : 1;
  } finally {
    await cms.stop();
    await sandbox.close();
  }
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
