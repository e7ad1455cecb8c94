import type { Core } from '@strapi/strapi';
import type Redis from 'ioredis';
import { groupBy } from '@wedraw/kit';
import { messagingConfig } from '../config';
import { tables } from './records';

/** How long a sent message counts against its account's receipt window. */
export const RECEIPT_WINDOW_MS = 60_000;
/** How often a full window is looked at again while the sender waits. */
const RECHECK_MS = 50;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Flow control for `push`-receipt channels: at most `receiptWindow` messages of one account sent in
 * the last minute and still awaiting their receipt. Sending faster than the receipts can be taken in
 * only makes the platform's pushes wait, time out and be given up; so the sender waits (up to half
 * the job lock) for the receipts to catch up. Receipts lost for good leave the window after a minute.
 *
 * With Redis the window is a sorted set per channel and account shared by every instance (message
 * ids scored by their send time: added when sent, removed when their receipt is applied), so a look
 * costs Redis one small command instead of the database an index range of up to a window of rows.
 * Without Redis (development) the database is counted.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = messagingConfig(strapi);
  const runtime = () => strapi.service('api::platform.runtime');
  const redis = () => runtime().redis() as Redis | null;
  const keyOf = (channel: string, account: string | null) => `${runtime().keyPrefix()}messaging:receipt-window:${channel}:${account ?? '-'}`;

  async function size(channel: string, account: string | null): Promise<number> {
    const since = Date.now() - RECEIPT_WINDOW_MS;
    const r = redis();
    if (r) {
      const key = keyOf(channel, account);
      const [, card] = (await r.multi().zremrangebyscore(key, '-inf', `(${since}`).zcard(key).exec()) ?? [];
      return Number(card?.[1] ?? 0);
    }
    const [row] = (await tables(strapi)
      .messages()
      .count({ n: '*' })
      .where({ status: 'sent', channel, account })
      .andWhere('updated_at', '>', new Date(since))) as Array<{ n: number | string }>;
    return Number(row?.n ?? 0);
  }

  return {
    /** Waits until the account's window has room (or half the job lock has passed). */
    async wait(channel: string, account: string | null): Promise<void> {
      if (settings.receiptWindow <= 0) return;
      const giveUpAt = Date.now() + settings.lockMs / 2;
      while ((await size(channel, account)) >= settings.receiptWindow && Date.now() <= giveUpAt) await sleep(RECHECK_MS);
    },

    /** Messages about to be sent: in the window until their receipt (or another outcome) closes them. */
    async opened(channel: string, account: string | null, ids: number[]): Promise<void> {
      const r = redis();
      if (!r || ids.length === 0 || settings.receiptWindow <= 0) return;
      const key = keyOf(channel, account);
      const now = Date.now();
      await r
        .multi()
        .zadd(key, ...ids.flatMap((id) => [now, String(id)]))
        .pexpire(key, RECEIPT_WINDOW_MS * 2)
        .exec();
    },

    /** Messages whose receipts were applied (or that ended otherwise): out of their windows. */
    async closed(rows: Array<{ id: number; channel: string; account?: string | null }>): Promise<void> {
      const r = redis();
      if (!r || rows.length === 0 || settings.receiptWindow <= 0) return;
      const multi = r.multi();
      for (const group of groupBy(rows, (row) => keyOf(row.channel, row.account ?? null))) multi.zrem(group[0], ...group[1].map((row) => String(row.id)));
      await multi.exec();
    },
  };
};
