import type { Core } from '@strapi/strapi';
import type Redis from 'ioredis';
import { businessError, coalescer, isRetryable, isUnavailable, isUniqueViolation, notFound, sharedInFlight } from '@wedraw/kit';
import { ApiError, apiError } from '../lib/errors';
import { services } from '../lib/services';
import type { PreparedRow } from './intake';
import { tables, toMessage, type MessageRow } from './records';
import type { TenantRow } from './tenants';

const INSERT_CHUNK = 500;

/** What a single send's group commit gives each caller: its row, its own error, or written but not read back. */
type Single = { row?: MessageRow; error?: Error; writtenError?: Error };

const batchError = (err: unknown) => {
  const e = err as { name?: string; message?: string; details?: unknown };
  return { name: e.name ?? 'Error', message: e.message ?? String(err), ...(e.details ? { details: e.details } : {}) };
};

/**
 * Accepting messages: validated rows written in bulk in one transaction with the quota count
 * (so a refused or failed request writes nothing), then queued. Scheduled ones wait in the queue
 * as delayed jobs. Idempotency keys are unique per tenant in the database.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const t = () => tables(strapi);
  const s = () => services(strapi);

  /** When Redis last answered a ping; the ping in flight is shared by every request meanwhile. */
  let redisOkAt = 0;
  const pingRedis = sharedInFlight(
    () =>
      new Promise<boolean>((resolve) => {
        const redis = strapi.service('api::platform.runtime').redis() as Redis | null;
        if (!redis) return resolve(false);
        const timer = setTimeout(() => resolve(false), 1000);
        redis.ping().then(
          () => {
            clearTimeout(timer);
            redisOkAt = Date.now();
            resolve(true);
          },
          () => {
            clearTimeout(timer);
            resolve(false);
          },
        );
      }),
  );

  /**
   * Redis (queues) must answer before anything is written: otherwise 503 and nothing accepted. A
   * connection that is not ready refuses at once; a ready one is pinged at most every 250 ms (one
   * ping shared by the requests that arrive meanwhile), not once per request.
   */
  async function ensureBackends(): Promise<void> {
    const redis = strapi.service('api::platform.runtime').redis() as Redis | null;
    if (!redis) return;
    const ok = redis.status === 'ready' && (Date.now() - redisOkAt < 250 || (await pingRedis()));
    if (!ok) throw apiError(503, 'Unavailable', '消息队列暂不可用，请稍后重试');
  }

  /** The rows in one statement or one transaction (and, without Redis, the quota count with them). */
  async function insertCounted(tenant: TenantRow, rows: PreparedRow[]): Promise<void> {
    // With Redis the quota is already reserved: one multi-row INSERT is atomic by itself.
    if (rows.length <= INSERT_CHUNK && strapi.service('api::platform.runtime').redis()) {
      await t().messages().insert(rows);
      return;
    }
    return t().knex.transaction(async (trx) => {
      await s().quotas.reserveInTransaction(tenant, rows.length, trx);
      for (let i = 0; i < rows.length; i += INSERT_CHUNK)
        await t()
          .messages(trx)
          .insert(rows.slice(i, i + INSERT_CHUNK));
    });
  }

  /** A write tried again on a deadlock or lock timeout (which rolled it back whole). */
  async function retrying(write: () => Promise<unknown>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await write();
        return;
      } catch (err) {
        if (attempt >= 3 || !isRetryable(err)) throw err;
      }
    }
  }

  async function readBack(rows: PreparedRow[]): Promise<MessageRow[]> {
    const written: MessageRow[] = [];
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      written.push(
        ...((await t()
          .messages()
          .select('*')
          .whereIn(
            'document_id',
            rows.slice(i, i + INSERT_CHUNK).map((r) => r.document_id),
          )) as MessageRow[]),
      );
    }
    return written.sort((a, b) => a.id - b.id);
  }

  /**
   * Group commit of single sends (their quota already reserved each): the rows of every request that
   * arrives while a flush runs go into one multi-row INSERT (atomic by itself) and are read back
   * with one SELECT, instead of two round trips and one commit each. When that statement fails (one
   * row's idempotency key already taken), each row is inserted on its own so that every request
   * gets its own outcome, as before. Each caller receives its row or its own error.
   */
  const insertSingles = coalescer<PreparedRow, Single>(async (rows) => {
    const failed = new Map<string, Error>();
    try {
      await retrying(() => t().messages().insert(rows));
    } catch (err) {
      if (rows.length === 1) failed.set(rows[0]!.document_id, err as Error);
      else
        await Promise.all(
          rows.map((r) =>
            retrying(() => t().messages().insert(r)).catch((e: Error) => {
              failed.set(r.document_id, e);
            }),
          ),
        );
    }
    const ok = rows.filter((r) => !failed.has(r.document_id));
    let byDocument = new Map<string, MessageRow>();
    let unread: Error | null = null;
    try {
      byDocument = new Map((ok.length ? await readBack(ok) : []).map((m) => [m.document_id, m]));
    } catch (err) {
      unread = err as Error;
    }
    return rows.map((r): Single => {
      const error = failed.get(r.document_id);
      if (error) return { error };
      const row = byDocument.get(r.document_id);
      return row ? { row } : { writtenError: unread ?? new Error(`[messaging] message ${r.document_id} not read back`) };
    });
  }, 500);

  // Rows written by concurrent requests queued together: one addBulk instead of one each.
  const enqueueGrouped = coalescer<MessageRow[]>((lists) => s().delivery.enqueue(lists.flat()), 1000);

  async function write(tenant: TenantRow, rows: PreparedRow[]): Promise<MessageRow[]> {
    await ensureBackends();
    const refund = await s().quotas.reserve(tenant, rows.length);
    let written: MessageRow[] | null = null;
    let unread: Error | undefined;
    try {
      if (rows.length === 1 && strapi.service('api::platform.runtime').redis()) {
        const one = await insertSingles(rows[0]!);
        if (one.error) throw one.error;
        unread = one.writtenError;
        written = one.row ? [one.row] : [];
      } else {
        // A deadlock or lock timeout rolls everything back: the whole transaction is tried again.
        await retrying(() => insertCounted(tenant, rows));
      }
    } catch (err) {
      await refund().catch(() => undefined);
      if (err instanceof ApiError || isUniqueViolation(err)) throw err;
      if (isUnavailable(err)) throw apiError(503, 'Unavailable', '数据库暂不可用，请稍后重试');
      throw err;
    }
    // Written (and counted) but not read back: an error, the quota not given back (as for a batch).
    if (unread) throw unread;
    written ??= await readBack(rows);
    // After the commit, outside the locks and side by side (each its own group commit; the answer
    // waits for the slowest, not for their sum): the day's usage row, the `total` statistic, the queue.
    await Promise.all([
      s()
        .quotas.record(tenant.id)
        .catch(() => undefined),
      s()
        .stats.bump(rows.map((r) => ({ tenantId: tenant.id, channel: r.channel, metric: 'total', by: 1 })))
        .catch((err: Error) => strapi.log.warn(`[messaging] statistics not counted: ${err.message}`)),
      enqueueGrouped(written),
    ]);
    return written;
  }

  const byKey = async (tenantId: number, key: string) =>
    (await t().messages().first('*').where({ tenant_id: tenantId, idempotency_key: key })) as MessageRow | undefined;

  /** A message as its sender sees it: with the recipient it gave, a credential included. */
  const answer = (r: MessageRow) => toMessage(r, s().recipients.clear(r));

  return {
    /** One message: 202 with it, or 200 with the first one of the same idempotency key. */
    async acceptOne(tenant: TenantRow, raw: unknown): Promise<{ created: boolean; message: ReturnType<typeof toMessage> }> {
      const key = (raw as { idempotencyKey?: unknown } | null)?.idempotencyKey;
      if (typeof key === 'string' && key) {
        const first = await byKey(tenant.id, key);
        if (first) return { created: false, message: answer(first) };
      }
      const row = await s().intake.prepare(tenant, raw);
      try {
        const [written] = await write(tenant, [row]);
        return { created: true, message: answer(written as MessageRow) };
      } catch (err) {
        if (!isUniqueViolation(err) || !row.idempotency_key) throw err;
        const first = await byKey(tenant.id, row.idempotency_key);
        if (!first) throw err;
        return { created: false, message: answer(first) };
      }
    },

    /** Up to 1000 messages: the valid ones accepted (or already there by idempotency key), the others listed by index. */
    async acceptBatch(tenant: TenantRow, list: unknown[]) {
      const rejected: Array<{ index: number; error: ReturnType<typeof batchError> }> = [];
      const ready: Array<{ index: number; row: PreparedRow }> = [];
      const ids: Array<{ index: number; id: string }> = [];
      const seenKeys = new Set<string>();
      for (const [index, raw] of list.entries()) {
        try {
          const row = await s().intake.prepare(tenant, raw, `messages.${index}.`);
          const key = row.idempotency_key;
          const first = key ? await byKey(tenant.id, key) : undefined;
          if (first) ids.push({ index, id: first.document_id });
          else if (key && seenKeys.has(key)) rejected.push({ index, error: { name: 'DuplicateIdempotencyKey', message: '同一批次中重复的 idempotencyKey' } });
          else {
            if (key) seenKeys.add(key);
            ready.push({ index, row });
          }
        } catch (err) {
          rejected.push({ index, error: batchError(err) });
        }
      }
      if (ready.length) {
        await write(
          tenant,
          ready.map((r) => r.row),
        );
        for (const r of ready) ids.push({ index: r.index, id: r.row.document_id });
      }
      ids.sort((a, b) => a.index - b.index);
      return { accepted: ids.length, ids: ids.map((i) => i.id), rejected };
    },

    async get(tenantId: number, documentId: string): Promise<MessageRow> {
      const row = (await t().messages().first('*').where({ tenant_id: tenantId, document_id: documentId })) as MessageRow | undefined;
      if (!row) throw notFound('消息不存在');
      return row;
    },

    /** 200 canceled while pending or scheduled; 409 `NotCancelable` otherwise. */
    async cancel(tenantId: number, documentId: string): Promise<MessageRow> {
      const row = await this.get(tenantId, documentId);
      const now = new Date();
      const changed = await t()
        .messages()
        .where({ id: row.id })
        .whereIn('status', ['pending', 'scheduled'])
        .update({ status: 'canceled', finished_at: now, updated_at: now });
      if (changed === 0) throw businessError('NotCancelable', `消息当前状态为 ${row.status}，不能取消`, { status: row.status });
      const canceled = await this.get(tenantId, documentId);
      await s().delivery.finished([canceled]);
      return canceled;
    },
  };
};
