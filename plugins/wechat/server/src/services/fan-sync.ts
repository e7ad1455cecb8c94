import type { Core } from '@strapi/strapi';
import { businessError, isRetryable, notFound, paginationMeta, type Pagination } from '@wedraw/kit';
import { resumableRuns, type RunQueue, type RunRow } from '@wedraw/wechat-protocol';
import { BATCHGET_MAX, FOLLOWERS_PAGE, chunks, mapLimit, type FanApi, type UserInfo } from './fan-api';
import { tableOf, upsertFans } from './fan-bulk';
import { errcodeOf } from '../lib/errors';
import { services } from '../lib/services';
import { wechatConfig } from '../config';
import { UID } from '../lib/uids';

export const FANS_QUEUE = 'wechat-fans';
const SYNC_JOB = 'sync';
/** A queued run nobody picked up for this long is considered lost (in-process queue after a restart). */
const QUEUED_STALE_MS = 5 * 60_000;

/** A fan sync run: the shared run columns, its owner and checkpoint (page cursor + offset in the page). */
export interface SyncRun extends RunRow {
  appId: string;
  total: number;
  processed: number;
  unsubscribed: number;
  tagsSynced: boolean;
  cursor: string | null;
  pageOffset: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Network trouble and "system busy" are worth a second try within the job; WeChat's errcodes are not. */
async function retrying<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const code = errcodeOf(err);
      if (attempt >= 3 || (code !== undefined && code !== -1)) throw err;
      await sleep(200 * attempt);
    }
  }
}

/**
 * Full fan sync: a queued job pages `user/get` (10 000 openids), reads `user/info/batchget` in calls
 * of 100, and writes each chunk of fans (1 000 by default) with multi-row upserts in one
 * transaction together with the run's checkpoint (page cursor + offset in the page). A crash loses
 * at most the chunk in flight; the run resumes from its checkpoint on any instance (BullMQ hands a
 * dead worker's job to a live one, or an operator resumes it), and the unique `key` index makes a
 * replayed chunk an update, never a duplicate. Followers WeChat no longer lists are marked
 * unsubscribed at the end. One worker per run at a time (a lease in Redis).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => wechatConfig(strapi);
  /** Fans written per transaction (and per checkpoint). */
  const CHUNK = () => settings().fansSyncChunk;
  /** batchget calls in flight. */
  const CONCURRENCY = () => settings().fansSyncConcurrency;
  /** Chunk transactions in flight (their checkpoints still commit in order). */
  const WRITERS = () => settings().fansSyncWriters;
  /** A worker holds its run's lease this long and renews it every third of it; a dead worker's lease lapses. */
  const LEASE_MS = () => settings().fansSyncLeaseMs;
  /** Attempts of one sync job (each resumes from the checkpoint); BullMQ waits 2 s, 4 s, ... between them. */
  const ATTEMPTS = () => settings().fansSyncAttempts;
  const store = resumableRuns<SyncRun>({
    runs: () => strapi.db.query(UID.fanSyncRun),
    queue: () => strapi.service('api::platform.queue') as RunQueue,
    kv: () => services(strapi).sharedState.kv(),
    queueName: FANS_QUEUE,
    jobName: SYNC_JOB,
    jobPrefix: 'fans-sync',
    ownerField: 'appId',
    leaseMs: LEASE_MS,
    attempts: ATTEMPTS,
    queuedStaleMs: QUEUED_STALE_MS,
    inProgressMessage: '该公众号的粉丝同步正在进行中',
    execute: (run) => execute(run),
    describeError: (err) => ({ errcode: errcodeOf(err) ?? null, message: String((err as Error).message ?? err).slice(0, 300) }),
    errors: { notFound, business: businessError },
  });
  const { update } = store;

  async function fetchInfos(api: FanApi, openids: string[]): Promise<UserInfo[]> {
    const parts = await mapLimit(chunks(openids, BATCHGET_MAX), CONCURRENCY(), (part) => retrying(() => api.batchGetUsers(part, 'zh_CN')));
    return parts.flatMap((p) => p.user_info_list ?? []);
  }

  /**
   * Fans whose person logged in before this sync wrote them get their user now (the link is made
   * after the chunk commits; a crash in between is mended by the next sync, login or follow).
   */
  async function linkKnownPeople(appId: string, infos: UserInfo[]): Promise<void> {
    await services(strapi).identity.linkSyncedFans(
      appId,
      infos.map((i) => ({ openid: i.openid, unionid: i.unionid || null })),
    );
  }

  /**
   * Writes chunks in transactions of their own, WRITERS at a time, while the checkpoint still moves
   * in order: a chunk's transaction writes its fans, waits for the previous chunk to commit, then
   * writes the checkpoint and commits. Whatever a crash leaves, committed fans = the checkpoint's.
   * A deadlock between two writers (re-sync upserts) retries the losing transaction.
   */
  function orderedWriter(runId: number, appId: string) {
    const { table: runTable, col } = tableOf(strapi, UID.fanSyncRun);
    let previous: Promise<void> = Promise.resolve();
    const inFlight: Promise<void>[] = [];
    const commit = async (infos: UserInfo[], cp: { cursor: string; pageOffset: number; processed: number }, before: Promise<void>) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await strapi.db
            .transaction(async ({ trx }) => {
              const now = new Date();
              await upsertFans(strapi, trx, appId, infos, now);
              await before;
              await trx(runTable)
                .where('id', runId)
                .update({
                  [col('cursor')]: cp.cursor,
                  [col('pageOffset')]: cp.pageOffset,
                  [col('processed')]: cp.processed,
                  [col('heartbeatAt')]: now,
                  [col('updatedAt')]: now,
                });
            })
            .then(() => linkKnownPeople(appId, infos));
        } catch (err) {
          if (attempt >= 3 || !isRetryable(err)) throw err;
        }
      }
    };
    return {
      async write(infos: UserInfo[], cp: { cursor: string; pageOffset: number; processed: number }): Promise<void> {
        const done = commit(infos, cp, previous);
        done.catch(() => undefined);
        previous = done;
        inFlight.push(done);
        if (inFlight.length >= WRITERS()) await inFlight.shift();
      },
      async drain(): Promise<void> {
        await Promise.all(inFlight.splice(0));
      },
    };
  }

  /** The sync proper, from the run's checkpoint. */
  async function execute(run: SyncRun): Promise<void> {
    const app = await services(strapi).apps.resolve('official', run.appId);
    const api = services(strapi).clients.api(app) as unknown as FanApi;
    if (!run.tagsSynced) {
      await services(strapi).fanTags.pull(app.appId);
      await update(run.id, { tagsSynced: true });
    }
    // The run's mark is the next whole second after its start, and it writes nothing before then: in a
    // DATETIME column without fractions every row it writes is at or after the mark, every row written
    // before it started is strictly older (a sync started in the same second as the last one's writes
    // would otherwise see those rows as its own).
    const startedAt = new Date(Math.ceil((new Date(run.startedAt!).getTime() + 1) / 1000) * 1000);
    if (Date.now() < startedAt.getTime()) await sleep(startedAt.getTime() - Date.now());
    let cursor = run.cursor ?? '';
    let offset = run.pageOffset ?? 0;
    let processed = run.processed ?? 0;
    const spent = { waiting: 0, writing: 0, since: Date.now() };
    const writer = orderedWriter(run.id, app.appId);
    for (;;) {
      const page = await retrying(() => api.getFollowers(cursor));
      const openids = page.data?.openid ?? [];
      if (page.total !== run.total) run = await update(run.id, { total: page.total });
      const slices = chunks(openids.slice(offset), CHUNK());
      let next: Promise<UserInfo[]> | null = slices.length ? fetchInfos(api, slices[0]!) : null;
      for (let i = 0; i < slices.length; i++) {
        const waitStart = Date.now();
        const infos = await next!;
        spent.waiting += Date.now() - waitStart;
        // Read the next chunk from WeChat while this one is written.
        next = i + 1 < slices.length ? fetchInfos(api, slices[i + 1]!) : null;
        next?.catch(() => undefined);
        processed += slices[i]!.length;
        const checkpoint = i === slices.length - 1 ? { cursor: page.next_openid || cursor, pageOffset: 0 } : { cursor, pageOffset: offset + (i + 1) * CHUNK() };
        const writeStart = Date.now();
        await writer.write(infos, { ...checkpoint, processed });
        spent.writing += Date.now() - writeStart;
      }
      offset = 0;
      if (openids.length < FOLLOWERS_PAGE || !page.next_openid) break;
      cursor = page.next_openid;
    }
    await writer.drain();
    const now = new Date();
    const fans = tableOf(strapi, UID.fan);
    const unsubscribed = await strapi.db
      .connection(fans.table)
      .where(fans.col('appId'), app.appId)
      .where(fans.col('subscribed'), true)
      .where((q) => q.whereNull(fans.col('syncedAt')).orWhere(fans.col('syncedAt'), '<', startedAt))
      .where(fans.col('updatedAt'), '<', startedAt)
      .update({ [fans.col('subscribed')]: false, [fans.col('unsubscribeTime')]: now, [fans.col('updatedAt')]: now });
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    strapi.log.info(
      `[wechat] fan sync ${run.documentId} of ${app.appId}: ${processed} fans, ${seconds(Date.now() - spent.since)} s (waiting for WeChat ${seconds(spent.waiting)} s, for a free writer ${seconds(spent.writing)} s)`,
    );
    await update(run.id, {
      status: 'completed',
      processed,
      unsubscribed: Number(unsubscribed) || 0,
      finishedAt: now.toISOString(),
      heartbeatAt: now.toISOString(),
    });
  }

  const view = async (run: SyncRun) => ({
    id: run.id,
    documentId: run.documentId,
    appId: run.appId,
    status: run.status,
    trigger: run.trigger,
    total: run.total ?? 0,
    processed: run.processed ?? 0,
    progress: run.status === 'completed' ? 1 : run.total ? Math.min(1, (run.processed ?? 0) / run.total) : 0,
    unsubscribed: run.unsubscribed ?? 0,
    resumes: run.resumes ?? 0,
    errors: run.errors ?? [],
    live: await store.isLive(run),
    startedAt: run.startedAt,
    heartbeatAt: run.heartbeatAt,
    finishedAt: run.finishedAt,
    createdAt: run.createdAt,
  });
  type RunView = Awaited<ReturnType<typeof view>>;

  return {
    /** Registers this instance's worker of the fan queue (bootstrap). */
    define(): void {
      strapi.service('api::platform.queue').define(FANS_QUEUE, (job: { name: string; data: { runId: number }; attempt: number }) => {
        if (job.name === SYNC_JOB) return store.handle(job);
        throw new Error(`unknown fan job ${job.name}`);
      });
    },

    /** Starts a full sync of the app's fans; an interrupted run of the app is resumed instead. */
    async start(appId: unknown, trigger: string): Promise<RunView & { resumed: boolean }> {
      const app = await services(strapi).apps.resolve('official', appId);
      const { run, resumed } = await store.start(app.appId, trigger);
      return { ...(await view(run)), resumed };
    },

    /** Resumes an interrupted or failed run from its checkpoint. */
    async resume(documentId: string): Promise<RunView> {
      return view(await store.resume(documentId));
    },

    async get(documentId: string): Promise<RunView> {
      return view(await store.byDocumentId(documentId));
    },

    /** The history of runs, newest first. */
    async list(appId: unknown, page: Pagination) {
      const { rows, total } = await store.page(appId, page);
      return { results: await Promise.all(rows.map(view)), ...paginationMeta(page, total) };
    },
  };
};
