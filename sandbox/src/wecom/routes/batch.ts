import { jsonBody, type Router } from '../../http/router';
import type { Runtime } from '../../runtime';
import { qyError, qyOk } from '../errors';
import { batchJobResult } from '../push/events';
import { newJobId, planPartyJob, planUserJob, type BatchJob, type JobType } from '../state/batch-jobs';
import type { CorpState } from '../state/corp-state';
import { qyCaller } from './guard';

/** Rows a job handles per tick, and the tick: a 1 000-row import takes about 2 s, so progress shows. */
export const BATCH_ROWS_PER_TICK = 50;
export const BATCH_TICK_MS = 100;
const MEDIA_TTL_MS = 3 * 86_400_000;

interface BatchBody {
  media_id?: string;
  to_invite?: boolean;
  callback?: { url?: string; token?: string; encodingaeskey?: string };
}

function finish(rt: Runtime, corp: CorpState, job: BatchJob): void {
  job.status = 3;
  const message = batchJobResult(corp, rt.state.clock.seconds(), job);
  const cb = job.callback;
  const target = cb ? { url: cb.url, corpId: corp.corpId, token: cb.token, encodingAESKey: cb.encodingaeskey } : rt.wecomPush.target(corp);
  void rt.wecomPush.deliver(corp, 'batch_job_result', message, target);
}

/** Runs a job a few rows per tick; stops when the sandbox was reset meanwhile. */
function run(rt: Runtime, corp: CorpState, job: BatchJob): void {
  const wecom = rt.state.wecom;
  const tick = () => {
    if (wecom !== rt.state.wecom || wecom.jobs.get(job.jobid) !== job) return;
    job.status = 2;
    for (let n = 0; n < BATCH_ROWS_PER_TICK && job.steps.length; n++) {
      const out = (job.steps.shift() as () => BatchJob['result'][number] | undefined)();
      if (out) {
        job.result.push(out);
        job.processed++;
      }
    }
    if (job.steps.length) setTimeout(tick, BATCH_TICK_MS).unref();
    else finish(rt, corp, job);
  };
  setTimeout(tick, BATCH_TICK_MS).unref();
}

/** The async batch import (wecom-and-pay.md A1): syncuser, replaceuser, replaceparty, getresult. */
export function qyBatchRoutes(router: Router, rt: Runtime): void {
  const start = (type: JobType) => (ctx: Parameters<Parameters<Router['api']>[2]>[0]) => {
    const { corp } = qyCaller(rt, ctx, { roles: ['contacts'] });
    const body = jsonBody<BatchBody>(ctx);
    if (!body.media_id) throw qyError(40007);
    const media = rt.state.wecom.media.get(body.media_id);
    if (!media || media.corpId !== corp.corpId || media.createdAt + MEDIA_TTL_MS <= rt.state.clock.now()) throw qyError(40007);
    const cb = body.callback;
    const job: BatchJob = { jobid: newJobId(), corpId: corp.corpId, type, status: 1, total: 0, processed: 0, result: [], errcode: 0, errmsg: 'ok', steps: [] };
    if (cb?.url && cb.token && cb.encodingaeskey) job.callback = { url: cb.url, token: cb.token, encodingaeskey: cb.encodingaeskey };
    const csv = media.data.toString('utf8');
    if (type === 'replace_party') planPartyJob(job, corp, csv);
    else planUserJob(job, corp, csv);
    rt.state.wecom.jobs.set(job.jobid, job);
    run(rt, corp, job);
    return { ...qyOk(), jobid: job.jobid };
  };
  router.api('POST', '/cgi-bin/batch/syncuser', start('sync_user'));
  router.api('POST', '/cgi-bin/batch/replaceuser', start('replace_user'));
  router.api('POST', '/cgi-bin/batch/replaceparty', start('replace_party'));

  router.api('GET', '/cgi-bin/batch/getresult', (ctx) => {
    const { corp } = qyCaller(rt, ctx, { roles: ['contacts'] });
    const job = rt.state.wecom.jobs.get(ctx.query.get('jobid') ?? '');
    if (!job || job.corpId !== corp.corpId) throw qyError(40058, 'invalid jobid');
    const percentage = job.status === 3 ? 100 : job.total ? Math.floor((job.processed * 100) / job.total) : 0;
    return { ...qyOk(), status: job.status, type: job.type, total: job.total, percentage, result: job.status === 3 ? job.result : [] };
  });
}
