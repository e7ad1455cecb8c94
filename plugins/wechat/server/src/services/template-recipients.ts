import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { UID } from '../lib/uids';

export type RecipientStatus = 'pending' | 'sent' | 'failed' | 'delivered';
export const FINAL_STATUSES: RecipientStatus[] = ['sent', 'failed', 'delivered'];

export interface Totals {
  total: number;
  pending: number;
  sent: number;
  failed: number;
  delivered: number;
}

export interface RecipientChange {
  id: number;
  status: RecipientStatus;
  errcode?: number | null;
  errmsg?: string | null;
  msgid?: string | null;
}

const INSERT_CHUNK = 500;
const emptyTotals = (): Totals => ({ total: 0, pending: 0, sent: 0, failed: 0, delivered: 0 });

/**
 * The recipient table through knex (bulk inserts and updates by id), with the column names
 * Strapi gave it. One row per (send, openid), enforced by a unique index.
 */
export function recipientTable(strapi: Core.Strapi) {
  const meta = strapi.db.metadata.get(UID.templateRecipient as never) as { tableName: string };
  const knex = strapi.db.connection as unknown as Knex;
  const table = () => knex(meta.tableName);

  return {
    table,
    knex,

    /** Inserts pending rows for these openids; rows already there (a re-run) are left alone. */
    async insertPending(sendId: number, appId: string, openids: string[]): Promise<void> {
      const now = new Date();
      for (let i = 0; i < openids.length; i += INSERT_CHUNK) {
        const rows = openids.slice(i, i + INSERT_CHUNK).map((openid) => ({
          document_id: randomBytes(12).toString('hex'),
          send_id: sendId,
          app_id: appId,
          openid,
          status: 'pending',
          attempts: 0,
          created_at: now,
          updated_at: now,
          published_at: now,
        }));
        await table().insert(rows).onConflict(['send_id', 'openid']).ignore();
      }
    },

    async idsOf(sendId: number): Promise<number[]> {
      const rows = await table().select('id').where({ send_id: sendId }).orderBy('id', 'asc');
      return rows.map((r: { id: number }) => Number(r.id));
    },

    async pendingBetween(sendId: number, fromId: number, toId: number): Promise<Array<{ id: number; openid: string }>> {
      const rows = await table().select('id', 'openid').where({ send_id: sendId, status: 'pending' }).whereBetween('id', [fromId, toId]).orderBy('id', 'asc');
      return rows.map((r: { id: number; openid: string }) => ({ id: Number(r.id), openid: r.openid }));
    },

    /**
     * One statement for a batch of outcomes (CASE per column), only on rows still pending, so a
     * re-run never rewrites a final state. Pending outcomes (to retry) count the attempt.
     */
    async apply(changes: RecipientChange[]): Promise<void> {
      if (changes.length === 0) return;
      const now = new Date();
      const ids = changes.map((c) => c.id);
      const bindings: unknown[] = [];
      const caseOf = (pick: (c: RecipientChange) => unknown) => {
        const parts = changes.map((c) => {
          bindings.push(c.id, pick(c));
          return 'WHEN ? THEN ?';
        });
        return `CASE id ${parts.join(' ')} END`;
      };
      const status = caseOf((c) => c.status);
      const errcode = caseOf((c) => c.errcode ?? null);
      const errmsg = caseOf((c) => (c.errmsg ?? null) && String(c.errmsg).slice(0, 250));
      const msgid = caseOf((c) => c.msgid ?? null);
      const sentAt = caseOf((c) => (c.status === 'sent' ? now : null));
      const finishedAt = caseOf((c) => (c.status === 'pending' ? null : now));
      await knex.raw(
        `UPDATE ${meta.tableName} SET status = ${status}, errcode = ${errcode}, errmsg = ${errmsg}, msgid = ${msgid}, sent_at = ${sentAt}, finished_at = ${finishedAt}, attempts = attempts + 1, updated_at = ? WHERE id IN (${ids.map(() => '?').join(',')}) AND status = 'pending'`,
        [...bindings, now, ...ids],
      );
    },

    /** TEMPLATESENDJOBFINISH: a sent message delivered (or not). Returns the rows changed. */
    async finish(appId: string, msgids: string[], status: 'delivered' | 'failed', errmsg: string | null): Promise<number> {
      if (msgids.length === 0) return 0;
      const patch: Record<string, unknown> = { status, finished_at: new Date(), updated_at: new Date() };
      if (errmsg) patch.errmsg = errmsg.slice(0, 250);
      return Number(await table().where({ app_id: appId, status: 'sent' }).whereIn('msgid', msgids).update(patch));
    },

    async hasMsgid(appId: string, msgid: string): Promise<boolean> {
      return Boolean(await table().first('id').where({ app_id: appId, msgid }));
    },

    async totals(sendIds: number[]): Promise<Map<number, Totals>> {
      const out = new Map<number, Totals>(sendIds.map((id) => [id, emptyTotals()]));
      if (sendIds.length === 0) return out;
      const rows = await table().select('send_id', 'status').count({ n: '*' }).whereIn('send_id', sendIds).groupBy('send_id', 'status');
      for (const r of rows as Array<{ send_id: number; status: RecipientStatus; n: number | string }>) {
        const t = out.get(Number(r.send_id));
        if (!t) continue;
        t[r.status] = Number(r.n);
        t.total += Number(r.n);
      }
      return out;
    },

    async pendingCount(sendId: number): Promise<number> {
      const row = await table().count({ n: '*' }).where({ send_id: sendId, status: 'pending' }).first();
      return Number((row as { n?: number | string } | undefined)?.n ?? 0);
    },
  };
}

export type RecipientTable = ReturnType<typeof recipientTable>;
