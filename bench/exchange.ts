/**
 * bench/exchange (issue 3): exchanges/s and p99 of POST /api/points/exchanges — 100 users, one hot
 * SKU with a large stock — against a plain Strapi REST create of a simple content type
 * (POST /api/skus, full-access API token) on the same production build, MySQL + Redis, autocannon
 * at 64 connections. Then: no oversell (stock + sales unchanged, orders = sales) and
 * `points:verify` passes.
 *
 *   node --import tsx bench/exchange.ts [--build] [--duration 15] [--connections 64] [--rounds 3]
 * The two loads alternate for `rounds` rounds (duration/rounds seconds each) and the medians are
 * compared, so a machine whose load changes during the run skews both figures alike.
 * Env: BENCH_DATABASE_HOST/PORT/USERNAME/PASSWORD (default root@127.0.0.1:3306), REDIS_URL,
 * BENCH_USERS (100), BENCH_STOCK (1 000 000). Target: ratio ≥ 1.0.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { benchArgs, load, medianRow, printResult, ratioOf, root, startBenchCms, type LoadRow } from './lib/production-cms';

const { build, duration, connections, rounds } = benchArgs({ rounds: 3, duration: 15 });

async function main() {
  const cms = await startBenchCms('points', path.join(__dirname, 'setup', 'exchange.cjs'), { build });
  const { jwts, sku, skuId, stock, token } = cms.setup as { jwts: string[]; sku: string; skuId: number; stock: number; token: string };
  const json = { 'content-type': 'application/json' };
  try {
    console.log(`[bench] autocannon: ${connections} connections, ${duration} s per target, production CMS on MySQL + Redis`);
    const slice = Math.max(2, Math.round(duration / rounds));
    const baselines: LoadRow[] = [];
    const exchanges: LoadRow[] = [];
    let n = 0;
    for (let round = 1; round <= rounds; round++) {
      baselines.push(
        await load(
          `[${round}] plain Strapi REST create POST /api/skus`,
          {
            url: cms.base,
            connections,
            duration: slice,
            requests: [
              {
                method: 'POST',
                path: '/api/skus',
                headers: { ...json, authorization: `Bearer ${token}` },
                body: JSON.stringify({ data: { pointsPrice: 1, stock: 1 } }),
              },
            ],
          },
          round === 1,
        ),
      );
      exchanges.push(
        await load(
          `[${round}] POST /api/points/exchanges (hot SKU)`,
          {
            url: cms.base,
            connections,
            duration: slice,
            requests: [
              {
                method: 'POST',
                path: '/api/points/exchanges',
                setupRequest: (req) => {
                  const i = n++;
                  return {
                    ...req,
                    headers: { ...json, authorization: `Bearer ${jwts[i % jwts.length]}` },
                    body: JSON.stringify({ sku, quantity: 1, idempotencyKey: `bench-${i}` }),
                  };
                },
              },
            ],
          },
          round === 1,
        ),
      );
    }
    const baseline = medianRow(baselines);
    const exchange = medianRow(exchanges);
    console.log(`[bench] medians: REST create ${baseline.rps} req/s p99 ${baseline.p99ms} ms; exchange ${exchange.rps} req/s p99 ${exchange.p99ms} ms`);
    await new Promise((r) => setTimeout(r, 2000)); // requests autocannon abandoned finish on the server
    // One statement, one snapshot: stock, sales and the order count read at the same instant.
    const table = (t: string) => `\`${cms.env.DATABASE_NAME}\`.${t}`;
    const [rows] = await cms.db.query(
      `SELECT s.stock, s.sales, (SELECT COUNT(*) FROM ${table('points_exchange_orders')} o WHERE o.sku_id = s.id) AS orders FROM ${table('skus')} s WHERE s.id = ?`,
      [skuId],
    );
    const row = (rows as { stock: number; sales: number; orders: number }[])[0]!;
    const oversold = row.stock < 0 || row.stock + row.sales !== stock || Number(row.orders) !== row.sales;
    console.log(`[bench] stock ${row.stock}, sales ${row.sales}, orders ${row.orders}: ${oversold ? 'OVERSOLD / INCONSISTENT' : 'no oversell'}`);
    const verify = spawnSync('npm', ['run', 'points:verify', '-w', 'plugins/points'], { cwd: root, env: cms.env, encoding: 'utf8' });
    const verified = verify.status === 0;
    console.log(`[bench] points:verify: ${(verify.stdout.trim().split('\n').pop() || verify.stderr).trim()}`);
    const ratio = ratioOf(exchange.rps, baseline.rps);
    console.log(`[bench] exchange / plain REST create = ${ratio} (target ≥ 1.0)`);
    printResult({
      bench: 'exchange',
      value: exchange.rps,
      unit: 'req/s',
      baseline: baseline.rps,
      baselineName: 'strapi rest create',
      ratio,
      p99ms: exchange.p99ms,
      target: 1,
      oversold,
      verified,
    });
    process.exitCode = oversold || !verified ? 1 : 0;
  } finally {
    await cms.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
