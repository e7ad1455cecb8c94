import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { messagingConfig } from '../config';
import type { ChannelProvider, Outcome, OutboundMessage } from '../channels/types';
import { coalescer, groupBy } from '@wedraw/kit';
import { services } from '../lib/services';
import { DELIVERY_QUEUE } from '../lib/uids';
import { EXPAND } from './batches';
import { json, tables, type MessageRow } from './records';
import { bucketOf, type StatBump } from './stats';

interface DeliverJob {
  ids: number[];
}
interface QueueJob<T> {
  id: string;
  name: string;
  data: T;
  attempt: number;
}

const DELIVER = 'deliver';
const SWEEP = 'sweep';
const RETENTION = 'retention';
const SWEEP_LIMIT = 5000;
const POLL = 'poll-receipts';
const POLL_LIMIT = 1000;
/** What statistics and callbacks need of a message that ends (not its content). */
const ENDING_COLUMNS = ['id', 'document_id', 'tenant_id', 'channel', 'account', 'status', 'provider_msg_id', 'created_at', 'send_at', 'callback_url'];
const RECEIPT_LINGER_MS = 10;
const RECEIPT_TIMEOUT = { code: 'receipt-timeout', message: '平台已接收，但超时未收到送达回执（是否送达未知）' };

/**
 * The queue side: jobs of message ids; a worker claims the rows (a claim token, so two workers never
 * send one row at once, and a dead worker's rows are claimable again after the lock time), sends them
 * per channel account under its rate, and writes each outcome: delivered / sent (awaiting a receipt),
 * failed (final errcode, or retries used up), or back to pending (retryable: the job is retried with
 * backoff). A sweep queues whatever sat unqueued (a lost enqueue, a vanished job): no row waits for ever.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = messagingConfig(strapi);
  const t = () => tables(strapi);
  const s = () => services(strapi);
  const queue = () => strapi.service('api::platform.queue');
  const jobOptions = { attempts: settings.attempts, backoff: { type: 'exponential' as const, delay: settings.backoffMs } };
  let started = false;

  async function claim(ids: number[], token: string): Promise<MessageRow[]> {
    const now = new Date();
    const staleBefore = new Date(now.getTime() - settings.lockMs);
    await t()
      .messages()
      .whereIn('id', ids)
      .andWhere((q) => q.whereIn('status', ['pending', 'scheduled']).orWhere((w) => w.where('status', 'sending').andWhere('updated_at', '<', staleBefore)))
      .update({ status: 'sending', claim: token, attempts: t().knex.raw('?? + 1', ['attempts']), updated_at: now });
    // By id (the primary key): the claim column has no index of its own.
    return (await t().messages().select('*').whereIn('id', ids).andWhere({ claim: token, status: 'sending' }).orderBy('id')) as MessageRow[];
  }

  async function write(row: MessageRow, outcome: Outcome, lastAttempt: boolean, pushReceipts: boolean): Promise<MessageRow | null> {
    const now = new Date();
    let change: Record<string, unknown>;
    if (outcome.status === 'sent') {
      change = pushReceipts
        ? { status: 'sent', sent_at: now, provider_msg_id: outcome.providerId ?? null, error_code: null, error_message: null }
        : {
            status: 'delivered',
            sent_at: now,
            delivered_at: now,
            finished_at: now,
            provider_msg_id: outcome.providerId ?? null,
            error_code: null,
            error_message: null,
          };
    } else {
      const failed = outcome.status === 'final' || lastAttempt;
      change = {
        status: failed ? 'failed' : 'pending',
        error_code: outcome.code.slice(0, 64),
        error_message: outcome.message.slice(0, 1000),
        ...(failed ? { finished_at: now } : {}),
      };
    }
    await t()
      .messages()
      .where({ id: row.id, claim: row.claim ?? null, status: 'sending' })
      .update({ ...change, updated_at: now });
    return { ...row, ...change } as MessageRow;
  }

  /** Sent outcomes of one claim in one statement; each row keeps its provider id. */
  async function writeSent(sent: Array<{ row: MessageRow; providerId: string | null }>, pushReceipts: boolean): Promise<MessageRow[]> {
    if (sent.length === 0) return [];
    const now = new Date();
    const knex = t().knex;
    const cases = sent.map(() => 'WHEN ? THEN ?').join(' ');
    const providerId = knex.raw(`CASE ?? ${cases} END`, ['id', ...sent.flatMap((x) => [x.row.id, x.providerId])]);
    const change: Record<string, unknown> = pushReceipts
      ? { status: 'sent', sent_at: now, error_code: null, error_message: null }
      : { status: 'delivered', sent_at: now, delivered_at: now, finished_at: now, error_code: null, error_message: null };
    const byClaim = groupBy(
      sent.map((x) => x.row),
      (row) => row.claim ?? null,
    );
    for (const [claim, rows] of byClaim)
      await t()
        .messages()
        .whereIn(
          'id',
          rows.map((r) => r.id),
        )
        .andWhere({ claim, status: 'sending' })
        .update({ ...change, provider_msg_id: providerId, updated_at: now });
    return sent.map((x) => ({ ...x.row, ...change, provider_msg_id: x.providerId }) as MessageRow);
  }

  async function sendGroup(rows: MessageRow[], lastAttempt: boolean): Promise<{ retry: number; done: MessageRow[] }> {
    const first = rows[0] as MessageRow;
    const provider = s().channels.get(first.channel);
    const done: MessageRow[] = [];
    let retry = 0;
    if (!provider) {
      for (const r of rows) done.push((await write(r, { status: 'final', code: 'channel', message: `渠道 ${r.channel} 已不存在` }, true, false)) as MessageRow);
      return { retry, done };
    }
    const windowed = provider.receipts === 'push';
    for (let i = 0; i < rows.length; i += provider.batchSize) {
      const batch = rows.slice(i, i + provider.batchSize);
      if (windowed) await s().receiptWindow.wait(first.channel, first.account);
      await s().channels.acquire(first.channel, first.account, batch.length);
      const outbound: OutboundMessage[] = [];
      for (const r of batch) {
        outbound.push({
          id: r.id,
          documentId: r.document_id,
          to: s().recipients.clear(r),
          account: r.account,
          content: json(r.content),
          signingSecret: await s().tenants.signingSecret(r.tenant_id),
        });
      }
      // In the window before the send: a receipt can come back before the outcome is written.
      if (windowed)
        await s().receiptWindow.opened(
          first.channel,
          first.account,
          batch.map((r) => r.id),
        );
      const outcomes = await provider.send(outbound);
      const sentIds: string[] = [];
      const push = provider.receipts !== 'none';
      const sent: Array<{ row: MessageRow; providerId: string | null }> = [];
      const others: Array<Promise<MessageRow | null>> = [];
      batch.forEach((r, k) => {
        const outcome = outcomes[k] ?? { status: 'retryable' as const, code: 'no-outcome', message: '渠道未给出结果' };
        if (outcome.status === 'sent') sent.push({ row: r, providerId: outcome.providerId ?? null });
        else others.push(write(r, outcome, lastAttempt, push));
      });
      // The sent ones of a batch in one UPDATE (provider ids by CASE); the rare others one by one.
      const written = [...(await writeSent(sent, push)), ...(await Promise.all(others))];
      for (const after of written as MessageRow[]) {
        if (after.status === 'pending') retry++;
        else done.push(after);
        if (after.status === 'sent' && after.provider_msg_id) sentIds.push(after.provider_msg_id);
      }
      if (windowed) await s().receiptWindow.closed((written as MessageRow[]).filter((r) => r.status !== 'sent'));
      await applyEarlyReceipts(provider, first.account, sentIds);
    }
    return { retry, done };
  }

  interface Receipt {
    channel: string;
    providerMsgId: string;
    ok: boolean;
    error?: { code: string; message: string };
  }

  /**
   * Receipts that arrive together applied together: one SELECT, one UPDATE per outcome (a claim
   * token marks which rows this flush moved, so a receipt another instance applied first counts
   * once), then statistics and callbacks of the moved rows in one go. Each caller learns whether
   * its message moved.
   */
  async function applyReceipts(list: Receipt[]): Promise<boolean[]> {
    const now = new Date();
    const token = `r:${randomBytes(12).toString('hex')}`;
    const rows: MessageRow[] = [];
    for (const [channel, receipts] of groupBy(list, (r) => r.channel))
      rows.push(
        ...((await t()
          .messages()
          .select(ENDING_COLUMNS)
          .where({ channel })
          .whereIn(
            'provider_msg_id',
            receipts.map((r) => r.providerMsgId),
          )) as MessageRow[]),
      );
    // `sent` ones only, filtered here: with status in the WHERE the database may prefer the status
    // index and read every message awaiting a receipt instead of these few by provider id.
    for (let i = rows.length - 1; i >= 0; i--) if (rows[i]!.status !== 'sent') rows.splice(i, 1);
    const rowOf = new Map(rows.map((r) => [`${r.channel}|${r.provider_msg_id}`, r]));
    const changeOf = (r: Receipt) =>
      r.ok
        ? { status: 'delivered', delivered_at: now, finished_at: now, error_code: null as string | null, error_message: null as string | null }
        : { status: 'failed', finished_at: now, error_code: r.error?.code ?? 'receipt', error_message: r.error?.message ?? '平台回执：失败' };
    // Same change → one UPDATE (all successes are one group).
    const groups = new Map<string, { change: ReturnType<typeof changeOf>; ids: number[] }>();
    const seen = new Set<number>();
    for (const r of list) {
      const row = rowOf.get(`${r.channel}|${r.providerMsgId}`);
      if (!row || seen.has(row.id)) continue;
      seen.add(row.id);
      const change = changeOf(r);
      const k = `${change.status}|${change.error_code}|${change.error_message}`;
      const g = groups.get(k) ?? { change, ids: [] };
      g.ids.push(row.id);
      groups.set(k, g);
    }
    let matched = 0;
    for (const g of groups.values())
      matched += Number(
        await t()
          .messages()
          .whereIn('id', g.ids)
          .andWhere({ status: 'sent' })
          .update({ ...g.change, claim: token, updated_at: now }),
      );
    // Every row still `sent` moved (the usual case): no need to ask which. Otherwise another
    // instance applied some first: the claim token tells this flush's rows apart.
    const moved =
      matched === seen.size
        ? seen
        : new Set(
            seen.size
              ? (
                  (await t()
                    .messages()
                    .select('id')
                    .whereIn('id', [...seen])
                    .andWhere({ claim: token })) as Array<{ id: number }>
                ).map((r) => Number(r.id))
              : [],
          );
    const finished: MessageRow[] = [];
    const answered = new Set<number>();
    const result = list.map((r) => {
      const row = rowOf.get(`${r.channel}|${r.providerMsgId}`);
      if (!row || !moved.has(row.id) || answered.has(row.id)) return false;
      answered.add(row.id);
      finished.push({ ...row, ...changeOf(r), claim: token } as MessageRow);
      return true;
    });
    await s()
      .receiptWindow.closed(finished)
      .catch(() => undefined);
    await finishedRows(finished);
    return result;
  }

  // Receipts answer a platform's push, which may wait a little: an idle applier waits 10 ms for the
  // receipts arriving just after the first, so that a flush (three statements and a Redis call)
  // carries many of them instead of a few.
  const receiptsGrouped = coalescer<Receipt, boolean>(applyReceipts, 500, RECEIPT_LINGER_MS);

  /** A receipt from a platform (TEMPLATESENDJOBFINISH, WeCom results): a sent message ends delivered or failed. */
  function receipt(channel: string, providerMsgId: string, ok: boolean, error?: { code: string; message: string }): Promise<boolean> {
    return receiptsGrouped({ channel, providerMsgId, ok, error });
  }

  async function applyEarlyReceipts(provider: ChannelProvider, account: string | null, providerIds: string[]): Promise<void> {
    if (!provider.earlyReceipts || providerIds.length === 0) return;
    const early = await provider.earlyReceipts(account, providerIds);
    for (const [id, r] of early)
      await receipt(provider.name, id, r.ok, r.ok ? undefined : { code: r.code ?? 'receipt', message: r.message ?? '平台回执：失败' });
  }

  async function deliver(job: QueueJob<DeliverJob>): Promise<void> {
    const lastAttempt = job.attempt >= settings.attempts;
    const token = `${job.id}:${randomBytes(6).toString('hex')}`.slice(-64);
    const rows = await claim(job.data.ids, token);
    const groups = groupBy(rows, (r) => `${r.channel}|${r.account ?? ''}`);
    let retry = 0;
    try {
      for (const group of groups.values()) {
        const result = await sendGroup(group, lastAttempt);
        retry += result.retry;
        await recordProgress(result.done);
      }
    } catch (err) {
      // What this job claimed and did not finish goes back to pending for the retry (or the sweep).
      await t()
        .messages()
        .where({ claim: token, status: 'sending' })
        .update({ status: 'pending', updated_at: new Date() })
        .catch(() => undefined);
      throw err;
    }
    if (retry > 0) throw new Error(`${retry} messages to retry`);
  }

  async function recordProgress(rows: MessageRow[]): Promise<void> {
    const bumps: StatBump[] = [];
    for (const r of rows) {
      if (r.status === 'sent' || r.status === 'delivered') bumps.push({ tenantId: r.tenant_id, channel: r.channel, metric: 'sent', by: 1 });
    }
    await s().stats.bump(bumps);
    await finishedRows(rows.filter((r) => r.status === 'delivered' || r.status === 'failed'));
  }

  /** Statistics and callbacks of messages that reached a final state. */
  async function finishedRows(rows: MessageRow[]): Promise<void> {
    const bumps: StatBump[] = [];
    for (const r of rows) {
      bumps.push({ tenantId: r.tenant_id, channel: r.channel, metric: r.status, by: 1 });
      if (r.status === 'delivered') {
        const start = new Date(Math.max(new Date(r.created_at as string).getTime(), r.send_at ? new Date(r.send_at as string).getTime() : 0));
        bumps.push({ tenantId: r.tenant_id, channel: r.channel, metric: bucketOf(Date.now() - start.getTime()), by: 1 });
      }
    }
    // Statistics are counters; a failed bump is logged, never allowed to cost a callback.
    await s()
      .stats.bump(bumps)
      .catch((err: Error) => strapi.log.warn(`[messaging] statistics not counted: ${err.message}`));
    await s().callbacks.schedule(rows.filter((r) => r.callback_url));
  }

  /** `poll` channels: their messages still `sent` (oldest first), asked about and moved by what comes back. */
  async function pollReceipts(): Promise<void> {
    for (const provider of s()
      .channels.all()
      .filter((p) => p.receipts === 'poll' && p.pollReceipts)) {
      const rows = (await t()
        .messages()
        .select('provider_msg_id', 'account')
        .where({ channel: provider.name, status: 'sent' })
        .whereNotNull('provider_msg_id')
        .orderBy('id')
        .limit(POLL_LIMIT)) as Array<{ provider_msg_id: string; account: string | null }>;
      if (!rows.length) continue;
      const results = await provider.pollReceipts!(rows.map((r) => ({ providerId: r.provider_msg_id, account: r.account })));
      for (const [id, r] of results)
        await receipt(provider.name, id, r.ok, r.ok ? undefined : { code: r.code ?? 'receipt', message: r.message ?? '平台回执：失败' });
    }
  }

  /**
   * `sent` messages of `push`-receipt channels whose receipt never came (the platform gave up
   * pushing it) end `failed` with `receipt-timeout` after `receiptTimeoutMs`: nothing waits for
   * ever, and the record says delivery is unknown rather than claiming either way. (`poll` channels
   * are asked until their platform answers.)
   */
  async function expireReceipts(now: number): Promise<void> {
    const channels = s()
      .channels.all()
      .filter((p) => p.receipts === 'push')
      .map((p) => p.name);
    if (!channels.length) return;
    const ids = (
      (await t()
        .messages()
        .select('id')
        .where({ status: 'sent' })
        .andWhere('updated_at', '<', new Date(now - settings.receiptTimeoutMs))
        .whereIn('channel', channels)
        .orderBy('id')
        .limit(SWEEP_LIMIT)) as Array<{ id: number }>
    ).map((r) => Number(r.id));
    if (!ids.length) return;
    const at = new Date();
    const token = `t:${randomBytes(12).toString('hex')}`;
    await t()
      .messages()
      .whereIn('id', ids)
      .andWhere({ status: 'sent' })
      .update({ status: 'failed', finished_at: at, error_code: RECEIPT_TIMEOUT.code, error_message: RECEIPT_TIMEOUT.message, claim: token, updated_at: at });
    await finishedRows((await t().messages().select(ENDING_COLUMNS).whereIn('id', ids).andWhere({ claim: token })) as MessageRow[]);
  }

  async function sweep(): Promise<void> {
    const now = Date.now();
    await expireReceipts(now);
    const idleBefore = new Date(now - settings.sweepAfterMs);
    const rows = (await t()
      .messages()
      .select('id')
      .where((q) =>
        q
          .where((w) => w.whereIn('status', ['pending', 'sending']).andWhere('updated_at', '<', idleBefore))
          .orWhere((w) => w.where('status', 'scheduled').andWhere('send_at', '<', idleBefore)),
      )
      .orderBy('id')
      .limit(SWEEP_LIMIT)) as Array<{ id: number }>;
    const ids = rows.map((r) => Number(r.id));
    const jobs = [];
    for (let i = 0; i < ids.length; i += settings.jobSize) {
      const chunk = ids.slice(i, i + settings.jobSize);
      jobs.push({ name: DELIVER, data: { ids: chunk }, options: { ...jobOptions, jobId: `sweep-${chunk[0]}-${Math.floor(now / 60_000)}` } });
    }
    if (jobs.length) await queue().addBulk(DELIVERY_QUEUE, jobs);
  }

  return {
    /** Queues written rows: due ones in chunks, scheduled ones in delayed chunks per send time (once across every instance). */
    async enqueue(rows: MessageRow[]): Promise<void> {
      const due = rows.filter((r) => r.status === 'pending').map((r) => r.id);
      const jobs = [];
      for (let i = 0; i < due.length; i += settings.jobSize) {
        const chunk = due.slice(i, i + settings.jobSize);
        jobs.push({ name: DELIVER, data: { ids: chunk }, options: { ...jobOptions, jobId: `m-${chunk[0]}-${chunk[chunk.length - 1]}` } });
      }
      // Scheduled rows of one send time share delayed jobs (in chunks, like due ones): a batch of
      // 500 for tomorrow is 10 delayed jobs, not 500.
      const byTime = groupBy(
        rows.filter((x) => x.status === 'scheduled'),
        (r) => new Date(r.send_at as string).getTime(),
      );
      for (const [at, group] of byTime) {
        const ids = group.map((r) => r.id);
        const delay = Math.max(0, at - Date.now());
        for (let i = 0; i < ids.length; i += settings.jobSize) {
          const chunk = ids.slice(i, i + settings.jobSize);
          const jobId = chunk.length === 1 ? `s-${chunk[0]}` : `s-${chunk[0]}-${chunk[chunk.length - 1]}`;
          jobs.push({ name: DELIVER, data: { ids: chunk }, options: { ...jobOptions, delay, jobId } });
        }
      }
      try {
        for (let i = 0; i < jobs.length; i += 1000) await queue().addBulk(DELIVERY_QUEUE, jobs.slice(i, i + 1000));
      } catch (err) {
        // The rows are written: the sweep queues them once the queue is back.
        strapi.log.warn(`[messaging] queueing ${rows.length} messages failed, the sweep will retry: ${(err as Error).message}`);
      }
    },

    finished: finishedRows,

    receipt,

    pollReceipts,

    /** What the sweep job runs (every 30 s, once across the cluster): stale rows queued, missing receipts timed out. */
    sweep,

    /** Registers the delivery worker and the sweep, once per process (workers=false: a web-only instance). */
    start(force = false): void {
      if (started || (!force && !settings.workers)) return;
      started = true;
      queue().define(
        DELIVERY_QUEUE,
        async (job: QueueJob<DeliverJob>) => {
          if (job.name === SWEEP) return sweep();
          if (job.name === RETENTION) return s().retention.purge();
          if (job.name === POLL) return pollReceipts();
          if (job.name === DELIVER) return deliver(job);
          if (job.name === EXPAND) return s().batches.expand(job.data as unknown as { source: string; ref: string });
          return undefined;
        },
        { concurrency: settings.concurrency, lockDurationMs: settings.lockMs },
      );
      s().callbacks.start();
      void queue()
        .repeat(DELIVERY_QUEUE, 'messaging-sweep', SWEEP, { every: 30_000 })
        .catch(() => undefined);
      void queue()
        .repeat(DELIVERY_QUEUE, 'messaging-poll-receipts', POLL, { every: settings.receiptPollMs })
        .catch(() => undefined);
      void queue()
        .repeat(DELIVERY_QUEUE, 'messaging-retention', RETENTION, { every: 6 * 3600_000 })
        .catch(() => undefined);
    },
  };
};
