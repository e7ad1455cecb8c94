import type { Core } from '@strapi/strapi';
import { messagingConfig } from '../config';
import { signBody } from '../channels/webhook';
import { services } from '../lib/services';
import { CALLBACK_QUEUE } from '../lib/uids';
import { tables, type MessageRow } from './records';

interface CallbackJob {
  id: number;
}

/**
 * Callbacks to the tenant when a message ends: `{id, status, error, at}` POSTed to the message's
 * (or the tenant's) callback URL, signed with the tenant's secret; non-2xx answers are retried with
 * backoff, every attempt counted on the message and the last error kept.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = messagingConfig(strapi);
  const t = () => tables(strapi);
  const queue = () => strapi.service('api::platform.queue');
  let started = false;

  async function post(job: { data: CallbackJob; attempt: number }): Promise<void> {
    const row = (await t().messages().first('*').where({ id: job.data.id })) as MessageRow | undefined;
    if (!row || !row.callback_url || row.callback_status === 'done') return;
    const body = JSON.stringify({
      id: row.document_id,
      status: row.status,
      error: row.error_code ? { code: row.error_code, message: row.error_message } : null,
      at: new Date(row.finished_at as string).toISOString(),
    });
    const secret = await services(strapi).tenants.signingSecret(row.tenant_id);
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (secret) headers['X-WeDraw-Signature'] = signBody(secret, body);
    let error: string | null = null;
    try {
      const res = await fetch(row.callback_url, { method: 'POST', body, headers, signal: AbortSignal.timeout(settings.httpTimeoutMs) });
      await res.arrayBuffer().catch(() => undefined);
      if (res.status < 200 || res.status >= 300) error = `HTTP ${res.status}`;
    } catch (err) {
      error = (err as Error).message.slice(0, 500);
    }
    const last = job.attempt >= settings.callbackAttempts;
    await t()
      .messages()
      .where({ id: row.id })
      .update({
        callback_status: error ? (last ? 'failed' : 'pending') : 'done',
        callback_attempts: t().knex.raw('?? + 1', ['callback_attempts']),
        callback_error: error,
      });
    if (error) throw new Error(`callback of message ${row.document_id}: ${error}`);
  }

  return {
    async schedule(rows: MessageRow[]): Promise<void> {
      if (rows.length === 0) return;
      await t()
        .messages()
        .whereIn(
          'id',
          rows.map((r) => r.id),
        )
        .update({ callback_status: 'pending' });
      await queue().addBulk(
        CALLBACK_QUEUE,
        rows.map((r) => ({
          name: 'callback',
          data: { id: r.id },
          options: { jobId: `cb-${r.id}`, attempts: settings.callbackAttempts, backoff: { type: 'exponential' as const, delay: settings.callbackBackoffMs } },
        })),
      );
    },

    start(): void {
      if (started) return;
      started = true;
      queue().define(CALLBACK_QUEUE, post, { concurrency: settings.concurrency, lockDurationMs: settings.lockMs });
    },
  };
};
