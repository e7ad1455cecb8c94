/**
 * bench/wecom-robot: WeCom group robots at their limit (plugins/wecom services/robots-delivery.ts).
 * 10 robots × 200 messages through a production CMS (strapi start, MySQL + Redis, the BullMQ robot
 * worker in the CMS), submitted over the admin API, delivered to the sandbox's robot webhook.
 * WeCom allows 20 messages a minute per robot; the sandbox clock runs `--speed` times faster
 * (default 20: a sandbox minute every 3 real seconds) and the CMS's robot window is shortened to
 * match (WECOM_ROBOT_WINDOW_MS = 61 s / speed), so the run takes 200/20 sandbox minutes ≈ 30 s.
 * Checks: every message delivered (sandbox records and `sent` rows), the highest number of one
 * robot's messages within any 60 s of the sandbox clock (must be ≤ 20), WeCom's 45009 answers.
 *
 *   npm run build -w cms            # once (or pass --build)
 *   node --import tsx bench/wecom-robot.ts [--build] [--robots 10] [--messages 200] [--speed 20]
 * Env: BENCH_DATABASE_HOST/PORT/USERNAME/PASSWORD (default root@127.0.0.1:3306), REDIS_URL.
 * Last line: one JSON object (DESIGN.md bench convention).
 */
import { parseArgs } from 'node:util';
import { DEMO_CORP, SandboxClient, startSandbox } from '@wedraw/sandbox';
import { json, printResult, registerAdmin, startBenchCms } from './lib/production-cms';
import { saveDemoCorp } from './lib/wecom-corp';

const { values: opts } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    robots: { type: 'string', default: '10' },
    messages: { type: 'string', default: '200' },
    speed: { type: 'string', default: '20' },
  },
});
const ROBOTS = Number(opts.robots);
const MESSAGES = Number(opts.messages);
const SPEED = Number(opts.speed);
const PER_MINUTE = 20;

/** The most sends of one robot within any 60 s of the sandbox clock. */
function peakPerMinute(times: number[]): number {
  const at = [...times].sort((a, b) => a - b);
  let peak = 0;
  for (let i = 0, j = 0; j < at.length; j++) {
    while ((at[j] as number) - (at[i] as number) >= 60_000) i++;
    peak = Math.max(peak, j - i + 1);
  }
  return peak;
}

(async () => {
  const sandbox = await startSandbox({ port: 0, fans: 10, menu: false });
  const admin = new SandboxClient(sandbox.url);
  await admin.setClockSpeed(SPEED);
  console.log(`[bench] production CMS on MySQL + Redis, robot window ${Math.ceil(61_000 / SPEED)} ms (sandbox clock ×${SPEED})…`);
  const cms = await startBenchCms('wecom-robot', null, {
    build: opts.build,
    env: { LOG_LEVEL: 'info', WECOM_ROBOT_WINDOW_MS: String(Math.ceil(61_000 / SPEED)), WECOM_HEARTBEAT_MS: '3600000' },
    showLog: true,
  });
  try {
    const jwt = await registerAdmin(cms.base);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${jwt}` };
    const post = (path: string, body: unknown) => fetch(`${cms.base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) }).then((r) => json(r));
    await saveDemoCorp(cms.base, headers, sandbox.url);
    const robots: { code: string; key: string }[] = [];
    for (let r = 0; r < ROBOTS; r++) {
      const { key } = await admin.wecomAddRobot(DEMO_CORP.corpId, { name: `压测群 ${r + 1}` });
      const code = `bench-robot-${r + 1}`;
      await post('/wecom/robots', { code, name: `压测机器人 ${r + 1}`, corpId: DEMO_CORP.corpId, webhook: key, allowedTypes: ['text'] });
      robots.push({ code, key });
    }
    const throttledBefore = (await admin.counters())['/cgi-bin/webhook/send']?.errcodes?.['45009'] ?? 0;
    console.log(`[bench] submitting ${ROBOTS} × ${MESSAGES} messages…`);
    const t0 = Date.now();
    for (let i = 0; i < MESSAGES; i++) {
      await Promise.all(robots.map((r) => post(`/wecom/robots/${r.code}/messages`, { msgtype: 'text', text: { content: `压测 ${r.code} 第 ${i + 1} 条` } })));
    }
    const submitted = Date.now() - t0;
    const total = ROBOTS * MESSAGES;
    let delivered = 0;
    let lastLog = 0;
    const deadline = Date.now() + ((MESSAGES / PER_MINUTE + 2) * 60_000) / SPEED + 120_000;
    while (Date.now() < deadline) {
      delivered = (await admin.wecomMessages({ corpId: DEMO_CORP.corpId, kind: 'robot' })).length;
      if (delivered >= total) break;
      if (Date.now() - lastLog > 3000) {
        lastLog = Date.now();
        console.log(`[bench]   delivered ${delivered}/${total}`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const seconds = (Date.now() - t0) / 1000;
    const messages = await admin.wecomMessages({ corpId: DEMO_CORP.corpId, kind: 'robot' });
    const peaks = robots.map((r) => peakPerMinute(messages.filter((m) => m.robotKey === r.key).map((m) => m.at)));
    const distinct = new Set(messages.map((m) => JSON.stringify(m.payload))).size;
    const [[row]] = (await cms.db.query("SELECT COUNT(*) AS n FROM wecom_robot_messages WHERE status = 'sent'")) as unknown as [[{ n: number }]];
    const throttled = ((await admin.counters())['/cgi-bin/webhook/send']?.errcodes?.['45009'] ?? 0) - throttledBefore;
    const sandboxMinutes = (seconds * SPEED) / 60;
    console.log(
      `[bench] ${messages.length}/${total} delivered (${distinct} distinct, ${Number(row.n)} rows sent) in ${seconds.toFixed(1)} s real = ${sandboxMinutes.toFixed(1)} sandbox minutes (submitting took ${(submitted / 1000).toFixed(1)} s); per-robot peak ${Math.max(...peaks)}/min (limit ${PER_MINUTE}); WeCom 45009 answers ${throttled}`,
    );
    printResult({
      bench: 'wecom-robot',
      value: Math.max(...peaks),
      unit: 'messages per robot per sandbox minute (peak)',
      target: PER_MINUTE,
      robots: ROBOTS,
      messages: total,
      delivered: messages.length,
      distinct,
      rowsSent: Number(row.n),
      lost: total - distinct,
      throttled45009: throttled,
      seconds: Math.round(seconds * 10) / 10,
      sandboxMinutes: Math.round(sandboxMinutes * 10) / 10,
      idealSandboxMinutes: MESSAGES / PER_MINUTE,
    });
  } finally {
    await cms.stop();
    await sandbox.close();
  }
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
