/**
 * bench/wecom-contacts: members/s of the WeCom contacts full pull (plugins/wecom
 * services/contacts-sync.ts) of 20 000 sandbox members in 300 departments into MySQL through a
 * production CMS (strapi start, MySQL + Redis, the BullMQ worker in the CMS), started and polled
 * over the admin API. Baseline: the same qyapi reads (department/list, user/list per department at
 * the same concurrency, tag/list + tag/get) with no database, from this process. Then counts rows and distinct userids:
 * zero lost, zero duplicated. Then the callback: signed change_contact pushes (update_user, safe
 * mode) to POST /api/wecom/callback/:corpId at 32 connections, p99 against `/health` of the same run.
 *
 *   npm run build -w cms            # once (or pass --build)
 *   node --import tsx bench/wecom-contacts.ts [--build] [--members 20000] [--departments 300] [--pushes 2000] [--connections 32]
 * Env: BENCH_DATABASE_HOST/PORT/USERNAME/PASSWORD (default root@127.0.0.1:3306), REDIS_URL.
 * Last line: one JSON object (DESIGN.md bench convention).
 */
import { parseArgs } from 'node:util';
import { DEMO_CORP, sealWecomMessage, startSandbox } from '@wedraw/sandbox';
import { json, load, printResult, ratioOf, registerAdmin, startBenchCms } from './lib/production-cms';
import { saveDemoCorp } from './lib/wecom-corp';

const { values: opts } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    members: { type: 'string', default: '20000' },
    departments: { type: 'string', default: '300' },
    pushes: { type: 'string', default: '2000' },
    connections: { type: 'string', default: '32' },
  },
});
const MEMBERS = Number(opts.members);
const DEPARTMENTS = Number(opts.departments);
const PUSHES = Number(opts.pushes);
const CONNECTIONS = Number(opts.connections);
const TARGET = 5000;
const P99_TARGET_MS = 100;
/** As the pull (`syncConcurrency`, WECOM_SYNC_CONCURRENCY): user/list calls in flight. */
const CONCURRENCY = Number(process.env.WECOM_SYNC_CONCURRENCY || 4);

/** The baseline: every read the pull makes, from this process, nothing written. */
async function readOnly(sandboxUrl: string): Promise<{ members: number; seconds: number }> {
  const t0 = process.hrtime.bigint();
  const get = <T>(path: string, query: Record<string, string | number> = {}) =>
    fetch(`${sandboxUrl}${path}?${new URLSearchParams(Object.entries({ ...query, access_token: token }).map(([k, v]) => [k, String(v)]))}`).then((r) =>
      json<T>(r),
    );
  let token = '';
  token = (await get<{ access_token: string }>('/cgi-bin/gettoken', { corpid: DEMO_CORP.corpId, corpsecret: DEMO_CORP.contactsSecret })).access_token;
  const { department } = await get<{ department: { id: number }[] }>('/cgi-bin/department/list');
  const seen = new Set<string>();
  for (let i = 0; i < department.length; i += CONCURRENCY) {
    const lists = await Promise.all(
      department.slice(i, i + CONCURRENCY).map((d) => get<{ userlist: { userid: string }[] }>('/cgi-bin/user/list', { department_id: d.id, fetch_child: 0 })),
    );
    for (const { userlist } of lists) for (const m of userlist) seen.add(m.userid);
  }
  const { taglist } = await get<{ taglist: { tagid: number }[] }>('/cgi-bin/tag/list');
  for (const t of taglist) await get('/cgi-bin/tag/get', { tagid: t.tagid });
  return { members: seen.size, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

let seq = 0;
/** One update_user push as WeCom seals it (safe mode, receiveid = CorpID), every one different. */
function signedPush(userids: string[]): { path: string; body: string } {
  const i = seq++;
  const userid = userids[i % userids.length]!;
  const now = Math.floor(Date.now() / 1000);
  const message = {
    ToUserName: DEMO_CORP.corpId,
    FromUserName: 'sys',
    CreateTime: now,
    MsgType: 'event',
    Event: 'change_contact',
    ChangeType: 'update_user',
    UserID: userid,
    Name: `压测${i}`,
    Department: '2',
    MainDepartment: 2,
    Position: `岗位${i}`,
    Status: 1,
  };
  const sealed = sealWecomMessage({ corpId: DEMO_CORP.corpId, token: DEMO_CORP.callbackToken, encodingAESKey: DEMO_CORP.encodingAESKey }, message, now);
  return { path: `/api/wecom/callback/${DEMO_CORP.corpId}?${new URLSearchParams(sealed.query)}`, body: sealed.body };
}

(async () => {
  console.log(`[bench] sandbox with ${MEMBERS} WeCom members in ${DEPARTMENTS} departments…`);
  const sandbox = await startSandbox({ port: 0, fans: 10, menu: false, wecom: { members: MEMBERS, departments: DEPARTMENTS } });
  console.log('[bench] production CMS on MySQL + Redis…');
  const cms = await startBenchCms('wecom-contacts', null, { build: opts.build, env: { LOG_LEVEL: 'info' }, showLog: true });
  try {
    const jwt = await registerAdmin(cms.base);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${jwt}` };
    const corp = { corpId: await saveDemoCorp(cms.base, headers, sandbox.url) };

    const baseline = await readOnly(sandbox.url);
    const baselineRate = baseline.members / baseline.seconds;
    console.log(
      `[bench] qyapi reads only (no database): ${baseline.members} members in ${baseline.seconds.toFixed(2)} s = ${baselineRate.toFixed(0)} members/s`,
    );

    const t0 = process.hrtime.bigint();
    const started = await json<{ data: { documentId: string } }>(
      await fetch(`${cms.base}/wecom/corps/${corp.corpId}/sync`, { method: 'POST', headers, body: '{}' }),
    );
    type Run = { status: string; processed: number; departments: number; errors: unknown[]; startedAt: string; finishedAt: string | null };
    let run: Run;
    let lastLog = 0;
    for (;;) {
      run = (await json<{ data: Run }>(await fetch(`${cms.base}/wecom/sync-runs/${started.data.documentId}`, { headers }))).data;
      if (run.status === 'completed' || run.status === 'failed') break;
      if (Date.now() - lastLog > 2000) {
        lastLog = Date.now();
        console.log(`[bench]   ${run.status} ${run.processed}/${MEMBERS}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const rate = run.processed / seconds;
    const inWorker = (new Date(run.finishedAt ?? Date.now()).getTime() - new Date(run.startedAt).getTime()) / 1000;
    console.log(
      `[bench] pull ${run.status}: ${run.processed} members, ${run.departments} departments in ${seconds.toFixed(2)} s (HTTP start → completed seen) = ${rate.toFixed(0)} members/s; in the worker ${inWorker.toFixed(2)} s; errors ${run.errors.length}`,
    );
    const [[row]] = (await cms.db.query('SELECT COUNT(*) AS n, COUNT(DISTINCT userid) AS d FROM wecom_members WHERE corp_id = ?', [
      corp.corpId,
    ])) as unknown as [[{ n: number; d: number }]];
    const rows = Number(row.n);
    const distinct = Number(row.d);
    const lost = MEMBERS - distinct;
    const duplicated = rows - distinct;
    console.log(`[bench] members ${MEMBERS}, rows ${rows}, distinct userids ${distinct}: lost ${lost}, duplicated ${duplicated}`);

    const [userRows] = (await cms.db.query('SELECT userid FROM wecom_members WHERE corp_id = ? LIMIT 2000', [corp.corpId])) as unknown as [
      { userid: string }[],
    ];
    const userids = userRows.map((r) => r.userid);
    console.log(`[bench] callback: ${PUSHES} signed change_contact pushes at ${CONNECTIONS} connections`);
    const health = await load('GET /health (baseline)', { url: `${cms.base}/health`, connections: CONNECTIONS, amount: PUSHES });
    let refused = 0;
    const pushes = await load(
      'POST /api/wecom/callback (update_user, safe mode)',
      {
        url: cms.base,
        connections: CONNECTIONS,
        amount: PUSHES,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'text/xml' },
            setupRequest: (req) => ({ ...req, ...signedPush(userids) }),
            onResponse: (status) => {
              if (status !== 200) refused += 1;
            },
          },
        ],
      },
      false,
    );
    const [[changed]] = (await cms.db.query("SELECT COUNT(*) AS n FROM wecom_members WHERE corp_id = ? AND name LIKE '压测%'", [corp.corpId])) as unknown as [
      [{ n: number }],
    ];
    console.log(`[bench] pushes refused ${refused}; members changed by pushes ${Number(changed.n)}`);
    console.log('[bench] note: 2 shared cores, other agents load the machine; figures are indicative.');
    printResult({
      bench: 'wecom-contacts',
      value: Math.round(rate),
      unit: 'members/s',
      baseline: Math.round(baselineRate),
      baselineName: 'qyapi reads only',
      ratio: ratioOf(rate, baselineRate),
      target: TARGET,
      members: run.processed,
      departments: run.departments,
      lost,
      duplicated,
      status: run.status,
      callback: {
        value: pushes.rps,
        unit: 'pushes/s',
        baseline: health.rps,
        baselineName: '/health',
        ratio: ratioOf(pushes.rps, health.rps),
        p99ms: pushes.p99ms,
        target: P99_TARGET_MS,
        refused,
      },
      p99ms: pushes.p99ms,
    });
    process.exitCode = run.status === 'completed' && lost === 0 && duplicated === 0 && refused === 0 ? 0 : 1;
  } finally {
    await cms.stop();
    await sandbox.close();
  }
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
