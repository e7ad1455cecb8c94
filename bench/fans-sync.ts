/**
 * bench/fans-sync: fans/s of the full fan sync (plugins/wechat services/fan-sync.ts) of 100 000
 * sandbox fans into MySQL through a production CMS (strapi start, MySQL + Redis, BullMQ worker in
 * the CMS), started and polled over HTTP with an API token as an integrator would. Baseline: the
 * same WeChat reads (user/get + batchget, same concurrency) with no database, from this process.
 * Then counts rows and distinct openids: zero lost, zero duplicated.
 *
 *   npm run build -w cms            # once (or pass --build)
 *   node --import tsx bench/fans-sync.ts [--build] [--fans 100000]
 * Env: BENCH_DATABASE_HOST/PORT/USERNAME/PASSWORD (default root@127.0.0.1:3306), REDIS_URL,
 * WECHAT_FANS_SYNC_CHUNK / WECHAT_FANS_SYNC_CONCURRENCY (the CMS's own defaults otherwise).
 * Last line: one JSON object (DESIGN.md bench convention).
 */
import { parseArgs } from 'node:util';
import { DEMO_APPS, SandboxClient, startSandbox } from '@wedraw/sandbox';
import { json, registerAdmin, startBenchCms } from './lib/production-cms';

const { values: opts } = parseArgs({ options: { build: { type: 'boolean', default: false }, fans: { type: 'string', default: '100000' } } });
const FANS = Number(opts.fans);
const TARGET = 5000;
const OA = DEMO_APPS.official;
const CONCURRENCY = Number(process.env.WECHAT_FANS_SYNC_CONCURRENCY || 4);

/** The baseline: read every follower's user/info from the sandbox, as the sync does, without writing. */
async function readOnly(sandboxUrl: string): Promise<{ fans: number; seconds: number }> {
  const t0 = process.hrtime.bigint();
  const token = (
    await json<{ access_token: string }>(
      await fetch(`${sandboxUrl}/cgi-bin/stable_token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credential', appid: OA.appId, secret: OA.secret }),
      }),
    )
  ).access_token;
  let next = '';
  let fans = 0;
  for (;;) {
    const page = await json<{ count: number; data?: { openid: string[] }; next_openid: string }>(
      await fetch(`${sandboxUrl}/cgi-bin/user/get?access_token=${token}&next_openid=${next}`),
    );
    const openids = page.data?.openid ?? [];
    const batches: string[][] = [];
    for (let i = 0; i < openids.length; i += 100) batches.push(openids.slice(i, i + 100));
    let b = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (b < batches.length) {
          const batch = batches[b++]!;
          const r = await json<{ user_info_list: unknown[] }>(
            await fetch(`${sandboxUrl}/cgi-bin/user/info/batchget?access_token=${token}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ user_list: batch.map((openid) => ({ openid, lang: 'zh_CN' })) }),
            }),
          );
          fans += r.user_info_list.length;
        }
      }),
    );
    if (openids.length < 10_000 || !page.next_openid) break;
    next = page.next_openid;
  }
  return { fans, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

(async () => {
  console.log(`[bench] sandbox with ${FANS} fans…`);
  const sandbox = await startSandbox({ port: 0, fans: FANS, menu: false });
  const followers = (await new SandboxClient(sandbox.url).fans(OA.appId, { subscribed: true, limit: 1 })).total;
  console.log('[bench] production CMS on MySQL + Redis…');
  const cms = await startBenchCms('fans', null, { build: opts.build, env: { LOG_LEVEL: 'info' }, showLog: true });
  try {
    const jwt = await registerAdmin(cms.base);
    const adminHeaders = { 'content-type': 'application/json', authorization: `Bearer ${jwt}` };
    // The demo OA (the CMS may have seeded it at boot), pointed at this sandbox.
    const app = {
      name: OA.name,
      kind: 'official',
      appId: OA.appId,
      secret: OA.secret,
      token: OA.token,
      encodingAESKey: OA.encodingAESKey,
      messageMode: 'safe',
      apiBase: sandbox.url,
    };
    const existing = (
      await json<{ data: { documentId: string; appId: string }[] }>(await fetch(`${cms.base}/wechat/apps`, { headers: adminHeaders }))
    ).data.find((a) => a.appId === OA.appId);
    await json(
      await fetch(`${cms.base}/wechat/apps${existing ? `/${existing.documentId}` : ''}`, {
        method: existing ? 'PUT' : 'POST',
        headers: adminHeaders,
        body: JSON.stringify(app),
      }),
    );
    const permissions = ['plugin::wechat.fans.startSync', 'plugin::wechat.fans.syncRun'];
    const apiToken = (
      await json<{ data: { accessKey: string } }>(
        await fetch(`${cms.base}/admin/api-tokens`, {
          method: 'POST',
          headers: adminHeaders,
          body: JSON.stringify({ name: 'bench-fans-sync', type: 'custom', lifespan: null, permissions }),
        }),
      )
    ).data.accessKey;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${apiToken}` };

    const baseline = await readOnly(sandbox.url);
    const baselineRate = baseline.fans / baseline.seconds;
    console.log(`[bench] WeChat reads only (no database): ${baseline.fans} fans in ${baseline.seconds.toFixed(2)} s = ${baselineRate.toFixed(0)} fans/s`);

    const t0 = process.hrtime.bigint();
    const started = await json<{ data: { documentId: string } }>(await fetch(`${cms.base}/api/wechat/fans/sync`, { method: 'POST', headers, body: '{}' }));
    let run: { status: string; processed: number; total: number; errors: unknown[]; startedAt: string; finishedAt: string | null };
    let lastLog = 0;
    for (;;) {
      run = (await json<{ data: typeof run }>(await fetch(`${cms.base}/api/wechat/fans/sync-runs/${started.data.documentId}`, { headers }))).data;
      if (run.status === 'completed' || run.status === 'failed') break;
      if (Date.now() - lastLog > 2000) {
        lastLog = Date.now();
        console.log(`[bench]   ${run.status} ${run.processed}/${run.total}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const rate = run.processed / seconds;
    const inWorker = (new Date(run.finishedAt ?? Date.now()).getTime() - new Date(run.startedAt).getTime()) / 1000;
    console.log(
      `[bench] sync ${run.status}: ${run.processed} fans in ${seconds.toFixed(2)} s (HTTP start → completed seen) = ${rate.toFixed(0)} fans/s; in the worker ${inWorker.toFixed(2)} s; errors ${run.errors.length}`,
    );

    const [[row]] = (await cms.db.query('SELECT COUNT(*) AS n, COUNT(DISTINCT openid) AS d FROM wechat_fans WHERE app_id = ?', [OA.appId])) as unknown as [
      [{ n: number; d: number }],
    ];
    const rows = Number(row.n);
    const distinct = Number(row.d);
    const lost = followers - distinct;
    const duplicated = rows - distinct;
    console.log(`[bench] followers ${followers}, rows ${rows}, distinct openids ${distinct}: lost ${lost}, duplicated ${duplicated}`);
    console.log('[bench] note: 2 shared cores, other agents load the machine; figures are indicative.');
    console.log(
      JSON.stringify({
        bench: 'fans-sync',
        value: Math.round(rate),
        unit: 'fans/s',
        baseline: Math.round(baselineRate),
        baselineName: 'wechat reads only',
        ratio: Number((rate / baselineRate).toFixed(2)),
        target: TARGET,
        fans: run.processed,
        lost,
        duplicated,
        status: run.status,
      }),
    );
    process.exitCode = run.status === 'completed' && lost === 0 && duplicated === 0 ? 0 : 1;
  } finally {
    await cms.stop();
    await sandbox.close();
  }
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
