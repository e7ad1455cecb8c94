import type { Core } from '@strapi/strapi';
import { isRetryable } from '@wedraw/kit';
import { messagingConfig } from '../config';
import { services } from '../lib/services';
import { DELIVERY_QUEUE } from '../lib/uids';
import { tables, type MessageRow, type MessageStatus } from './records';
import type { TenantRow } from './tenants';
import { newDocumentId } from '../lib/ids';

const INSERT_CHUNK = 500;
const LOOKUP_CHUNK = 1000;
export const EXPAND = 'expand';

/** One recipient of a batch: the channel's `to`, and the content the channel already validated. */
export interface BatchRecipient {
  to: string;
  content: Record<string, unknown>;
}

export interface BatchTotals {
  total: number;
  pending: number;
  sent: number;
  failed: number;
  delivered: number;
}

/** A record of a batch as its owner shows it (the status folded into pending / sent / failed / delivered). */
export interface BatchRecord {
  to: string;
  status: 'pending' | 'sent' | 'failed' | 'delivered';
  errorCode: string | null;
  errorMessage: string | null;
  providerMsgId: string | null;
  attempts: number;
  sentAt: unknown;
  finishedAt: unknown;
}

type Expander = (ref: string) => Promise<void>;

const folded = (s: MessageStatus): BatchRecord['status'] => (s === 'sent' || s === 'delivered' || s === 'failed' ? s : s === 'canceled' ? 'failed' : 'pending');
const emptyTotals = (): BatchTotals => ({ total: 0, pending: 0, sent: 0, failed: 0, delivered: 0 });

/**
 * Batches: many messages of one origin (a template send to every follower...) written straight
 * into the center by a plugin, under one `batch` reference (indexed with the status, so totals and
 * the records page are cheap). The plugin's validation happened once for the whole batch, so rows
 * are inserted in bulk without the per-message intake; one idempotency key per (batch, recipient)
 * makes a re-run write nothing twice. The work that expands a batch into recipients (reading an
 * audience) runs as an `expand` job on the center's queue, delayed for scheduled sends, by the
 * center's workers.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const t = () => tables(strapi);
  const s = () => services(strapi);
  const settings = messagingConfig(strapi);
  const expanders = new Map<string, Expander>();

  /** The idempotency keys of this batch already written (a re-run skips them). */
  async function existingKeys(tenantId: number, keys: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
      const rows = (await t()
        .messages()
        .select('idempotency_key')
        .where({ tenant_id: tenantId })
        .whereIn('idempotency_key', keys.slice(i, i + LOOKUP_CHUNK))) as Array<{ idempotency_key: string }>;
      for (const r of rows) found.add(r.idempotency_key);
    }
    return found;
  }

  async function insert(tenant: TenantRow, rows: Array<Record<string, unknown>>): Promise<void> {
    const refund = await s().quotas.reserve(tenant, rows.length);
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          await t().knex.transaction(async (trx) => {
            await s().quotas.reserveInTransaction(tenant, rows.length, trx);
            for (let i = 0; i < rows.length; i += INSERT_CHUNK)
              await t()
                .messages(trx)
                .insert(rows.slice(i, i + INSERT_CHUNK))
                .onConflict(['tenant_id', 'idempotency_key'])
                .ignore();
          });
          break;
        } catch (err) {
          if (attempt >= 3 || !isRetryable(err)) throw err;
        }
      }
    } catch (err) {
      await refund().catch(() => undefined);
      throw err;
    }
    await s()
      .quotas.record(tenant.id)
      .catch(() => undefined);
  }

  return {
    /** A plugin's expander of its batches (`source` names it; `ref` is the plugin's own id). */
    define(source: string, expand: Expander): void {
      expanders.set(source, expand);
    },

    /** Queues the expansion of a batch: now, or after `delayMs`; once per `jobId`. */
    async schedule(source: string, ref: string, options: { delayMs?: number; jobId: string }): Promise<void> {
      await strapi
        .service('api::platform.queue')
        .add(
          DELIVERY_QUEUE,
          EXPAND,
          { source, ref },
          { jobId: options.jobId, delay: options.delayMs ?? 0, attempts: settings.attempts, backoff: { type: 'exponential', delay: settings.backoffMs } },
        );
    },

    /** Runs an `expand` job (the delivery worker calls this). */
    async expand(data: { source: string; ref: string }): Promise<void> {
      const expander = expanders.get(data.source);
      if (!expander) throw new Error(`[messaging] no expander for batch source ${data.source}`);
      await expander(data.ref);
    },

    /**
     * Writes a batch's messages (one per recipient, those already there skipped) and queues every
     * one still pending. Returns how many the batch holds.
     */
    async accept(batch: string, spec: { channel: string; account: string | null; tenant?: TenantRow }, recipients: BatchRecipient[]): Promise<number> {
      const tenant = spec.tenant ?? (await s().tenants.ensureAdminTenant());
      const keyOf = (to: string) => `${batch}:${s().recipients.keyPart(spec.channel, to)}`.slice(0, 191);
      const known = await existingKeys(
        tenant.id,
        recipients.map((r) => keyOf(r.to)),
      );
      const now = new Date();
      const rows = recipients
        .filter((r) => !known.has(keyOf(r.to)))
        .map((r) => ({
          document_id: newDocumentId(),
          tenant_id: tenant.id,
          channel: spec.channel,
          account: spec.account,
          ...s().recipients.stored(spec.channel, r.to),
          batch,
          content: JSON.stringify(r.content),
          status: 'pending',
          attempts: 0,
          idempotency_key: keyOf(r.to),
          callback_status: 'none',
          callback_attempts: 0,
          created_at: now,
          updated_at: now,
          published_at: now,
        }));
      if (rows.length) {
        await insert(tenant, rows);
        await s()
          .stats.bump([{ tenantId: tenant.id, channel: spec.channel, metric: 'total', by: rows.length }])
          .catch((err: Error) => strapi.log.warn(`[messaging] statistics not counted: ${err.message}`));
      }
      const pending = (await t().messages().select('id', 'status').where({ batch, status: 'pending' }).orderBy('id')) as MessageRow[];
      await s().delivery.enqueue(pending);
      return recipients.length;
    },

    /** Totals per batch: one grouped query on the (batch, status) index. */
    async totals(batches: string[]): Promise<Map<string, BatchTotals>> {
      const out = new Map<string, BatchTotals>(batches.map((b) => [b, emptyTotals()]));
      if (batches.length === 0) return out;
      const rows = (await t().messages().select('batch', 'status').count({ n: '*' }).whereIn('batch', batches).groupBy('batch', 'status')) as Array<{
        batch: string;
        status: MessageStatus;
        n: number | string;
      }>;
      for (const r of rows) {
        const totals = out.get(r.batch);
        if (!totals) continue;
        totals[folded(r.status)] += Number(r.n);
        totals.total += Number(r.n);
      }
      return out;
    },

    /** A page of a batch's records, optionally of one (folded) status. */
    async records(batch: string, window: { offset: number; limit: number }, status?: string): Promise<{ results: BatchRecord[]; total: number }> {
      const statuses: Record<string, MessageStatus[]> = {
        pending: ['pending', 'scheduled', 'sending'],
        sent: ['sent'],
        delivered: ['delivered'],
        failed: ['failed', 'canceled'],
      };
      const where = () => {
        const q = t().messages().where({ batch });
        return status && statuses[status] ? q.whereIn('status', statuses[status]) : q;
      };
      const [rows, counted] = await Promise.all([
        where()
          .select('recipient', 'status', 'error_code', 'error_message', 'provider_msg_id', 'attempts', 'sent_at', 'finished_at')
          .orderBy('id')
          .offset(window.offset)
          .limit(window.limit) as Promise<MessageRow[]>,
        where().count({ n: '*' }).first() as Promise<{ n: number | string } | undefined>,
      ]);
      return {
        results: rows.map((r) => ({
          to: r.recipient,
          status: folded(r.status),
          errorCode: r.error_code,
          errorMessage: r.error_message,
          providerMsgId: r.provider_msg_id,
          attempts: Number(r.attempts),
          sentAt: r.sent_at,
          finishedAt: r.finished_at,
        })),
        total: Number(counted?.n ?? 0),
      };
    },
  };
};
