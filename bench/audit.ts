/**
 * bench/audit: what operation logging costs an admin write. Two production CMS processes (MySQL +
 * Redis), one with operation logging on and one with it off (`AUDIT_OPERATION_LOG=off`), each
 * taking content-manager updates at --connections (16) for --duration s, each connection updating
 * its own category (so that row locks do not hide the logging's cost); rounds are paired, in
 * alternating order, and the ratio is the median of the pairs' ratios (with logging / without).
 *
 *   node --import tsx bench/audit.ts [--duration 10] [--connections 16] [--rounds 3]   (after `npm run build`)
 * Env: BENCH_DATABASE_*, REDIS_URL. Last line: one JSON object.
 */
import { benchArgs, load, medianRow, printResult, ratioOf, registerAdmin, startBenchCms, type BenchCms, type LoadRow } from './lib/production-cms';

const args = benchArgs({ duration: 10, connections: 16, rounds: 3 });
const CATEGORY = 'api::category.category';

/** The first admin's JWT and one category per connection, created through the admin API. */
async function prepare(cms: BenchCms): Promise<{ jwt: string; base: string; paths: string[] }> {
  const jwt = await registerAdmin(cms.base);
  const paths: string[] = [];
  for (let i = 0; i < args.connections; i++) {
    const res = await fetch(`${cms.base}/content-manager/collection-types/${CATEGORY}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: `压测分类 ${i + 1}`, sort: i + 1 }),
    });
    if (res.status !== 201) throw new Error(`create category: ${res.status} ${await res.text()}`);
    const { data } = (await res.json()) as { data: { documentId: string } };
    paths.push(`/content-manager/collection-types/${CATEGORY}/${data.documentId}`);
  }
  // One update by hand first: a refusal is reported with its answer, not only counted as non-2xx.
  const probe = await fetch(`${cms.base}${paths[0]}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
    body: updateBody(0),
  });
  if (probe.status !== 200) throw new Error(`update category: ${probe.status} ${await probe.text()}`);
  return { jwt, base: cms.base, paths };
}

const updateBody = (n: number) => JSON.stringify({ name: `压测分类 ${n + 1}`, sort: n + 100, icon: null });

const update = (title: string, target: { jwt: string; base: string; paths: string[] }, warmUp: boolean) => {
  let next = 0;
  const headers = { authorization: `Bearer ${target.jwt}`, 'content-type': 'application/json' };
  return load(
    title,
    {
      url: target.base,
      connections: args.connections,
      duration: args.duration,
      // Each connection its own category.
      setupClient: (client) => {
        const n = next++ % target.paths.length;
        client.setRequests([{ method: 'PUT', path: target.paths[n], headers, body: updateBody(n) }]);
      },
    },
    warmUp,
  );
};

(async () => {
  const off = await startBenchCms('audit_off', null, {
    build: args.build,
    env: { AUDIT_OPERATION_LOG: 'off' },
  });
  const on = await startBenchCms('audit_on', null, { env: { AUDIT_OPERATION_LOG: 'on' } });
  try {
    const [offTarget, onTarget] = [await prepare(off), await prepare(on)];
    const rows: { off: LoadRow[]; on: LoadRow[] } = { off: [], on: [] };
    for (let round = 0; round < args.rounds; round++) {
      // Paired rounds in alternating order (off-on, on-off, ...): a drift in the machine's load hits both sides alike.
      const runOff = async () => rows.off.push(await update(`updates, logging off (round ${round + 1})`, offTarget, round === 0));
      const runOn = async () => rows.on.push(await update(`updates, logging on (round ${round + 1})`, onTarget, round === 0));
      if (round % 2 === 0) {
        await runOff();
        await runOn();
      } else {
        await runOn();
        await runOff();
      }
    }
    const [base, value] = [medianRow(rows.off), medianRow(rows.on)];
    // The ratio of each pair, then their median: one noisy round cannot decide the figure.
    const pairRatios = rows.on.map((r, i) => r.rps / rows.off[i]!.rps).sort((a, b) => a - b);
    const ratio = pairRatios[Math.floor((pairRatios.length - 1) / 2)]!;
    console.log(`round ratios (logging on / off): ${pairRatios.map((r) => r.toFixed(2)).join(' ')}`);
    const [logged] = (await on.db.query('SELECT COUNT(*) AS n FROM audit_operation_logs')) as unknown as [{ n: number }[]];
    console.log(`operation log lines written: ${logged[0]!.n}`);
    if (value.non2xx || base.non2xx) throw new Error('some updates failed');
    printResult({
      bench: 'audit',
      value: value.rps,
      unit: 'req/s',
      baseline: base.rps,
      baselineName: 'operation logging off',
      ratio: ratioOf(ratio, 1),
      p99ms: value.p99ms,
      target: 0.95,
    });
  } finally {
    await on.stop();
    await off.stop();
  }
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
