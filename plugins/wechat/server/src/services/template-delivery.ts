import type { Core } from '@strapi/strapi';
import { wechatConfig } from '../config';
import type Redis from 'ioredis';
import { errcodeOf } from '../lib/errors';
import { services } from '../lib/services';
import { RETRYABLE_SEND_ERRCODES } from './template-errors';
import { recipientTable, type RecipientChange } from './template-recipients';
import { templateRuntime, type TemplateRuntime } from './template-runtime';
import { UID } from '../lib/uids';
import type { WechatApi } from './clients';
import { DISPATCH_JOB, TEMPLATE_QUEUE, type SendRow } from './template-sends';

const DELIVER_JOB = 'deliver';
const FAN_PAGE = 5000;

interface DeliverData {
  sendId: number;
  fromId: number;
  toId: number;
}
interface Job<T> {
  name: string;
  data: T;
  attempt: number;
}

const postJson = (body: unknown) => ({ method: 'POST', dataType: 'json', data: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
const tagsOf = (raw: unknown): number[] => {
  const v = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
  return Array.isArray(v) ? v.map(Number) : [];
};

/**
 * The queue side of template sends. `dispatch` turns a send into one pending row per recipient
 * (bulk, idempotent) and queues them in chunks; `deliver` sends a chunk to WeChat under the app's
 * rate limit and writes each batch's outcome at once: a final state (sent with msgid, failed with
 * errcode), or still pending for -1/45009 and network errors, which the job's retries (with
 * backoff) pick up, skipping rows already final. TEMPLATESENDJOBFINISH marks delivered/failed.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const s = services(strapi);
  const settings = wechatConfig(strapi);
  const { templateChunk: CHUNK, templateBatch: BATCH, templateAttempts: ATTEMPTS, templateBackoffMs: BACKOFF_MS } = settings;
  const { templateRate: RATE_PER_SECOND, templateConcurrency: CONCURRENCY, templateLockMs: LOCK_MS } = settings;
  let runtime: TemplateRuntime | null = null;
  let started = false;
  const rt = () => {
    if (!runtime) {
      const redis = strapi.service('api::platform.runtime').redis() as Redis | null;
      runtime = templateRuntime(redis, `${strapi.service('api::platform.runtime').keyPrefix()}wechat:`);
    }
    return runtime;
  };
  const queue = () => strapi.service('api::platform.queue');
  const sendsTable = () => strapi.db.connection(strapi.db.metadata.get(UID.templateSend as never).tableName);
  const loadSend = async (id: number) => (await strapi.db.query(UID.templateSend).findOne({ where: { id } })) as SendRow | null;

  async function audience(send: SendRow): Promise<string[]> {
    if (send.target === 'one') return [send.openid as string];
    const fans = strapi.db.connection(strapi.db.metadata.get(UID.fan as never).tableName);
    const openids: string[] = [];
    for (let after = 0; ; ) {
      const rows = (await fans
        .clone()
        .select('id', 'openid', 'tags')
        .where({ app_id: send.appId, subscribed: true })
        .andWhere('id', '>', after)
        .orderBy('id')
        .limit(FAN_PAGE)) as Array<{ id: number; openid: string; tags: unknown }>;
      for (const r of rows) if (send.target === 'all' || tagsOf(r.tags).includes(Number(send.tagId))) openids.push(r.openid);
      if (rows.length < FAN_PAGE) return openids;
      after = Number(rows[rows.length - 1].id);
    }
  }

  async function dispatch(sendId: number): Promise<void> {
    const send = await loadSend(sendId);
    if (!send || send.status === 'canceled' || send.status === 'done') return;
    const table = recipientTable(strapi);
    await table.insertPending(send.id, send.appId, await audience(send));
    const ids = await table.idsOf(send.id);
    const jobs = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const data: DeliverData = { sendId, fromId: chunk[0], toId: chunk[chunk.length - 1] };
      jobs.push({
        name: DELIVER_JOB,
        data,
        options: { jobId: `tpl-${send.documentId}-${data.fromId}`, attempts: ATTEMPTS, backoff: { type: 'exponential' as const, delay: BACKOFF_MS } },
      });
    }
    for (let i = 0; i < jobs.length; i += 1000) await queue().addBulk(TEMPLATE_QUEUE, jobs.slice(i, i + 1000));
    await sendsTable()
      .where({ id: sendId })
      .whereIn('status', ['scheduled', 'preparing'])
      .update({ status: 'sending', total: ids.length, started_at: new Date(), updated_at: new Date() });
    await finishIfDone(sendId);
  }

  async function finishIfDone(sendId: number): Promise<void> {
    if ((await recipientTable(strapi).pendingCount(sendId)) > 0) return;
    await sendsTable().where({ id: sendId, status: 'sending' }).update({ status: 'done', finished_at: new Date(), updated_at: new Date() });
  }

  async function sendOne(
    api: WechatApi,
    accessToken: string,
    send: SendRow,
    r: { id: number; openid: string },
    lastAttempt: boolean,
  ): Promise<RecipientChange> {
    const body = {
      touser: r.openid,
      template_id: send.templateId,
      url: send.url ?? undefined,
      miniprogram: send.miniprogram ?? undefined,
      client_msg_id: `wd${send.id}r${r.id}`, // WeChat drops a repeat of (openid, client_msg_id) within 10 minutes
      data: send.data,
    };
    try {
      // A token replaced meanwhile (40001/42001) is refreshed and the call retried once by the client.
      const res = await api.request(`${api.prefix}message/template/send?access_token=${accessToken}`, postJson(body));
      return { id: r.id, status: 'sent', msgid: String(res.msgid), errcode: 0, errmsg: null };
    } catch (err) {
      const errcode = errcodeOf(err) ?? null;
      const retry = errcode === null || RETRYABLE_SEND_ERRCODES.has(errcode);
      return { id: r.id, status: retry && !lastAttempt ? 'pending' : 'failed', errcode, errmsg: (err as Error).message };
    }
  }

  async function applyStashedFinishes(appId: string, changes: RecipientChange[]): Promise<void> {
    const msgids = changes.filter((c) => c.status === 'sent').map((c) => c.msgid as string);
    const early = await rt().takeStashed(appId, msgids);
    for (const [msgid, status] of early) await finishRows(appId, msgid, status);
  }

  async function deliver(job: Job<DeliverData>): Promise<void> {
    try {
      await deliverChunk(job);
    } catch (err) {
      if (job.attempt >= ATTEMPTS) await giveUp(job.data, err as Error);
      throw err;
    }
  }

  /**
   * The last attempt failed before it could write an outcome (no access token, Redis or the
   * database down): the chunk's rows still pending end failed with that reason instead of pending
   * for ever, and the send can finish. Rows sent meanwhile are final already and stay as they are.
   */
  async function giveUp(data: DeliverData, err: Error): Promise<void> {
    try {
      const table = recipientTable(strapi);
      const rows = await table.pendingBetween(data.sendId, data.fromId, data.toId);
      await table.apply(rows.map((r) => ({ id: r.id, status: 'failed' as const, errcode: errcodeOf(err) ?? null, errmsg: `投递中断：${err.message}` })));
      await finishIfDone(data.sendId);
    } catch (cleanup) {
      strapi.log.error(`[wechat] template send ${data.sendId}: rows ${data.fromId}-${data.toId} left pending: ${(cleanup as Error).message}`);
    }
  }

  async function deliverChunk(job: Job<DeliverData>): Promise<void> {
    const send = await loadSend(job.data.sendId);
    if (!send) return;
    const table = recipientTable(strapi);
    const rows = await table.pendingBetween(send.id, job.data.fromId, job.data.toId);
    const app = await s.apps.get(send.appId);
    const lastAttempt = job.attempt >= ATTEMPTS;
    let retryLater = 0;
    let lastError = '';
    if (!app) await table.apply(rows.map((r) => ({ id: r.id, status: 'failed' as const, errmsg: '应用已删除' })));
    for (let i = 0; app && i < rows.length; i += BATCH) {
      const api = s.clients.api(app);
      const batch = rows.slice(i, i + BATCH);
      await rt().acquire(send.appId, RATE_PER_SECOND, batch.length);
      const { accessToken } = await api.ensureAccessToken();
      const changes = await Promise.all(batch.map((r) => sendOne(api, accessToken, send, r, lastAttempt)));
      await table.apply(changes); // the at-least-once window: WeChat accepted this batch, we write it now
      await applyStashedFinishes(send.appId, changes);
      for (const c of changes.filter((x) => x.status === 'pending')) {
        retryLater++;
        lastError = `errcode ${c.errcode ?? 'network'}`;
      }
    }
    await finishIfDone(send.id);
    if (retryLater > 0) throw new Error(`${retryLater} template messages of send ${send.id} to retry (${lastError})`);
  }

  function finishRows(appId: string, msgid: string, status: string): Promise<number> {
    const ok = status === 'success';
    return recipientTable(strapi).finish(appId, [msgid], ok ? 'delivered' : 'failed', ok ? null : status);
  }

  return {
    /** Registers the worker of the template queue, once per process (WECHAT_TEMPLATE_WORKERS=0 at boot: a web-only instance). */
    start(force = false): void {
      if (started || (!force && !settings.templateWorkers)) return;
      started = true;
      queue().define(
        TEMPLATE_QUEUE,
        async (job: Job<{ sendId: number }>) => {
          if (job.name === DISPATCH_JOB) return dispatch(job.data.sendId);
          if (job.name === DELIVER_JOB) return deliver(job as Job<DeliverData>);
          return undefined;
        },
        { concurrency: CONCURRENCY, lockDurationMs: LOCK_MS },
      );
    },

    /** Stashed TEMPLATESENDJOBFINISH statuses of these msgids (the message center's channel applies them). */
    takeStashed(appId: string, msgids: string[]): Promise<Map<string, string>> {
      return rt().takeStashed(appId, msgids);
    },

    /**
     * TEMPLATESENDJOBFINISH from the callback: `success` → delivered, anything else (e.g.
     * `failed:user block`) → failed with that reason. A push that outruns the sender's write is
     * stashed and applied by the sender right after it writes the msgid.
     */
    async jobFinished(appId: string, msgid: string | undefined, status: string | undefined): Promise<void> {
      if (!msgid) return;
      const st = status || 'success';
      if ((await finishRows(appId, msgid, st)) > 0) return;
      if (await recipientTable(strapi).hasMsgid(appId, msgid)) return; // already final, or not ours
      // A template message of the message center: its receipt moves that record.
      const center = strapi.plugin('messaging');
      if (center && (await center.service('delivery').receipt('oa-template', msgid, st === 'success', { code: 'wechat:receipt', message: st }))) return;
      await rt().stash(appId, msgid, st);
      if ((await finishRows(appId, msgid, st)) > 0) await rt().takeStashed(appId, [msgid]);
    },
  };
};
