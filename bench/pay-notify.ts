/**
 * bench/pay-notify: WeChat Pay payment notifications on a production CMS (MySQL + Redis).
 * BENCH_ORDERS (5 000) pending pay orders, each notified twice — the duplicates interleaved with the
 * first deliveries — at --connections (32), every notification signed and encrypted as WeChat Pay
 * does (the sandbox's demo merchant keys). Figures: notifications/s, p99 (target ≤ 200 ms), awards
 * (must be exactly BENCH_ORDERS), `points:verify`, and `/health` at the same connections as baseline.
 *
 *   node --import tsx bench/pay-notify.ts [--duration 10] [--connections 32]   (after `npm run build`)
 * Env: BENCH_DATABASE_*, REDIS_URL, BENCH_ORDERS, BENCH_USERS. Last line: one JSON object.
 */
import http from 'node:http';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { aesGcmEncrypt, DEMO_APPS, DEMO_MERCHANT, merchantCredentials, responseMessage, rsaSign } from '../sandbox/src';
import { benchArgs, cpuSeconds, load, printResult, ratioOf, root, startBenchCms } from './lib/production-cms';

const args = benchArgs({ duration: 10, connections: 32 });

interface Delivery {
  path: string;
  body: string;
  headers: Record<string, string>;
}

/** One notification as WeChat Pay sends it: encrypted resource, signed headers. */
function notification(mchId: string, order: { orderNo: string; amount: number; appId: string }, i: number): Delivery {
  const nonce = randomBytes(6).toString('hex');
  const resource = {
    appid: order.appId,
    mchid: mchId,
    out_trade_no: order.orderNo,
    transaction_id: `42000${String(i).padStart(23, '0')}`,
    trade_type: 'JSAPI',
    trade_state: 'SUCCESS',
    success_time: new Date().toISOString(),
    payer: { openid: `oBench${i}` },
    amount: { total: order.amount, payer_total: order.amount, currency: 'CNY', payer_currency: 'CNY' },
  };
  const body = JSON.stringify({
    id: randomUUID(),
    create_time: new Date().toISOString(),
    resource_type: 'encrypt-resource',
    event_type: 'TRANSACTION.SUCCESS',
    summary: '支付成功',
    resource: {
      original_type: 'transaction',
      algorithm: 'AEAD_AES_256_GCM',
      ciphertext: aesGcmEncrypt(DEMO_MERCHANT.apiV3Key, nonce, 'transaction', JSON.stringify(resource)),
      associated_data: 'transaction',
      nonce,
    },
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const headerNonce = randomBytes(16).toString('hex');
  return {
    path: `/api/pay/notify/${mchId}`,
    body,
    headers: {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      'wechatpay-serial': DEMO_MERCHANT.wechatpayPublicKeyId,
      'wechatpay-timestamp': timestamp,
      'wechatpay-nonce': headerNonce,
      'wechatpay-signature': rsaSign(DEMO_MERCHANT.wechatpayPrivateKeyPem, responseMessage(timestamp, headerNonce, body)),
    },
  };
}

/** Every order twice: the duplicate lands 1–64 places after the first delivery, so they overlap in flight. */
function interleave(first: Delivery[]): Delivery[] {
  const out: Delivery[] = [];
  const pending: { at: number; d: Delivery }[] = [];
  first.forEach((d, i) => {
    out.push(d);
    pending.push({ at: i + 1 + Math.floor(Math.random() * 64), d });
    while (pending.length && (pending[0] as { at: number }).at <= i + 1) out.push((pending.shift() as { d: Delivery }).d);
  });
  for (const p of pending) out.push(p.d);
  return out;
}

async function fire(base: string, deliveries: Delivery[], connections: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  const send = (d: Delivery) =>
    new Promise<number>((resolve, reject) => {
      const req = http.request(`${base}${d.path}`, { method: 'POST', headers: d.headers, agent }, (res) =>
        res.resume().on('end', () => resolve(res.statusCode ?? 0)),
      );
      req.on('error', reject);
      req.end(d.body);
    });
  const started = Date.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < deliveries.length) {
        const d = deliveries[next++] as Delivery;
        const t = performance.now();
        const status = await send(d).catch(() => 0);
        latencies.push(performance.now() - t);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const p = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] as number);
  return { rate: Math.round(deliveries.length / seconds), p50: p(0.5), p99: p(0.99), statuses, seconds };
}

/** The local MariaDB server's pid (its CPU is part of each notification's cost), if it runs here. */
function mariadbPid(): number | null {
  const found = spawnSync('pgrep', ['-o', '-x', 'mariadbd'], { encoding: 'utf8' });
  const pid = Number(found.stdout.trim());
  return found.status === 0 && pid > 0 ? pid : null;
}

async function main(): Promise<void> {
  const orders = Number(process.env.BENCH_ORDERS || 5000);
  const creds = { ...merchantCredentials(DEMO_MERCHANT), appId: DEMO_APPS.official.appId };
  const cms = await startBenchCms('pay_notify', path.join(__dirname, 'setup', 'pay-notify.cjs'), {
    env: { BENCH_PAY_MERCHANT: JSON.stringify(creds), BENCH_ORDERS: String(orders), PAY_WORKERS: 'off', PAY_SECRET_KEY: 'bench-pay-secret' },
  });
  try {
    const { orders: list, mchId } = cms.setup as { orders: { orderNo: string; amount: number; appId: string }[]; mchId: string };
    const health = await load(`GET /health, ${args.connections} connections`, {
      url: `${cms.base}/health`,
      connections: args.connections,
      duration: args.duration,
    });
    console.log(`[bench] signing ${list.length * 2} notifications…`);
    const deliveries = interleave(list.map((o, i) => notification(mchId, o, i)));
    const mariadb = mariadbPid();
    const cpuBefore = { cms: cpuSeconds(cms.pid), db: mariadb ? cpuSeconds(mariadb) : 0 };
    const run = await fire(cms.base, deliveries, args.connections);
    // CPU per delivery (ms): what the path costs, less sensitive to other load on the machine than p99.
    const perDelivery = (s: number) => Math.round((s * 1000 * 100) / deliveries.length) / 100;
    const cpuMs = { cms: perDelivery(cpuSeconds(cms.pid) - cpuBefore.cms), mariadb: mariadb ? perDelivery(cpuSeconds(mariadb) - cpuBefore.db) : null };
    console.log(`[bench] CPU per delivery: CMS ${cpuMs.cms} ms, MariaDB ${cpuMs.mariadb ?? '?'} ms`);
    console.log(
      `${`notifications (each order twice), ${args.connections} connections`.padEnd(48)} ${String(run.rate).padStart(8)} req/s   p50 ${run.p50} ms   p99 ${String(run.p99).padStart(6)} ms   statuses ${JSON.stringify(run.statuses)}`,
    );
    const [[awards]] = (await cms.db.query(`SELECT COUNT(*) AS n FROM points_transactions WHERE idempotency_key LIKE 'pay:%'`)) as unknown as [[{ n: number }]];
    const [[paid]] = (await cms.db.query(`SELECT COUNT(*) AS n FROM pay_orders WHERE status = 'paid'`)) as unknown as [[{ n: number }]];
    console.log(`[bench] orders paid ${paid.n}/${orders}, awards ${awards.n} (must be ${orders})`);
    const verify = spawnSync('npm', ['run', 'points:verify', '-w', 'plugins/points'], { cwd: root, env: cms.env, encoding: 'utf8' });
    const verified = verify.status === 0;
    console.log(`[bench] points:verify: ${(verify.stdout.trim().split('\n').pop() || verify.stderr).trim()}`);
    printResult({
      bench: 'pay-notify',
      orders,
      deliveries: deliveries.length,
      connections: args.connections,
      notificationsPerSecond: run.rate,
      p50ms: run.p50,
      p99ms: run.p99,
      p99TargetMs: 200,
      statuses: run.statuses,
      cpuMsPerDelivery: cpuMs,
      paid: Number(paid.n),
      awards: Number(awards.n),
      awardsExact: Number(awards.n) === orders,
      pointsVerify: verified,
      healthRps: health.rps,
      healthP99ms: health.p99ms,
      ratioToHealth: ratioOf(run.rate, health.rps),
    });
  } finally {
    await cms.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
