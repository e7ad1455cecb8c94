/**
 * bench/home (issue 2): requests/s and p99 of the cached mall home against the bare Koa ceiling
 * and the uncached Strapi REST equivalent (zones with the same populate), plus the goods list by
 * category. A production build of the CMS on MySQL + Redis with the demo data; autocannon at 64
 * connections, 10 s each. Target: cached home ≥ 0.4 of bare Koa.
 *
 *   node --import tsx bench/home.ts [--build] [--duration 10] [--connections 64]
 * Env: BENCH_DATABASE_HOST/PORT/USERNAME/PASSWORD (default root@127.0.0.1:3306), REDIS_URL.
 */
import path from 'node:path';
import { benchArgs, freePort, load, printResult, ratioOf, root, startBenchCms, startServer } from './lib/production-cms';

const { build, duration, connections } = benchArgs();

async function main() {
  const cms = await startBenchCms('home', path.join(__dirname, 'setup', 'home.cjs'), { build });
  const koaPort = await freePort();
  const koa = await startServer('koa', [path.join(__dirname, 'koa-hello.mjs')], root, `http://127.0.0.1:${koaPort}/`, {
    ...process.env,
    PORT: String(koaPort),
  });
  const { token, category } = cms.setup as { token: string; category: string };
  try {
    console.log(`[bench] autocannon: ${connections} connections, ${duration} s per target, production CMS on MySQL + Redis`);
    const ceiling = await load('bare Koa JSON hello (ceiling)', { url: `http://127.0.0.1:${koaPort}/`, connections, duration });
    const cached = await load('cached /api/mall/home', { url: `${cms.base}/api/mall/home`, connections, duration });
    const populate = 'populate[goods][populate][0]=cover&populate[goods][populate][1]=skus&filters[enabled][$eq]=true&sort=sort:asc';
    const uncached = await load('uncached Strapi REST /api/zones (same populate)', {
      url: `${cms.base}/api/zones?${populate}`,
      connections,
      duration,
      headers: { Authorization: `Bearer ${token}` },
    });
    const list = await load('/api/goods?category=居家生活 (uncached)', { url: `${cms.base}/api/goods?category=${category}`, connections, duration });
    const ratio = ratioOf(cached.rps, ceiling.rps);
    console.log(
      `[bench] cached home / bare Koa = ${ratio} (target ≥ 0.4); cached / uncached REST = ${Math.round((cached.rps / uncached.rps) * 10) / 10}×; goods list ${list.rps} req/s`,
    );
    printResult({
      bench: 'home',
      value: cached.rps,
      unit: 'req/s',
      baseline: ceiling.rps,
      baselineName: 'bare koa',
      ratio,
      p99ms: cached.p99ms,
      target: 0.4,
      uncachedRest: uncached.rps,
      goodsList: list.rps,
    });
  } finally {
    koa.kill('SIGTERM');
    await cms.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
