import type { Core } from '@strapi/strapi';
import { clock } from '../util/plugin';
import { TRANSACTION } from '../util/uids';
import { createLedger } from './ledger';

export const POINTS_QUEUE = 'points';
export const EXPIRE_JOB = 'expire-lots';

/**
 * Expiry: a repeatable job (once per cluster through the queue module) finds users with lots past
 * their date and, one locked account at a time, writes `expire` lines for what is left of them.
 * Spending also expires the spender's due lots first, so a balance is never spent twice.
 */
export function createExpiry(strapi: Core.Strapi) {
  const ledger = createLedger(strapi);
  return {
    async expireDue(batch = 500): Promise<{ users: number; lines: number; points: number }> {
      const result = { users: 0, lines: 0, points: 0 };
      for (;;) {
        const rows = (await strapi.db.query(TRANSACTION).findMany({
          where: { remaining: { $gt: 0 }, expiresAt: { $lte: clock(strapi).now() } },
          select: ['userId'],
          orderBy: [{ id: 'asc' }],
          limit: batch,
        })) as { userId: number }[];
        const users = [...new Set(rows.map((r) => r.userId))];
        if (users.length === 0) return result;
        for (const userId of users) {
          const lines = await ledger.withAccount(userId, (account) => ledger.expireDueLocked(account));
          result.users++;
          result.lines += lines.length;
          result.points -= lines.reduce((sum, l) => sum + l.delta, 0);
        }
        if (rows.length < batch) return result;
      }
    },

    schedule() {
      const queue = strapi.service('api::platform.queue') as any;
      queue.define(POINTS_QUEUE, async (job: { name: string }) => {
        if (job.name === EXPIRE_JOB) return this.expireDue();
        throw new Error(`unknown points job ${job.name}`);
      });
      // Hourly, at minute 5 (Asia/Shanghai): lots expire within the hour after their date.
      queue.repeat(POINTS_QUEUE, EXPIRE_JOB, EXPIRE_JOB, { pattern: '5 * * * *', tz: 'Asia/Shanghai' }).catch(() => undefined);
    },
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => createExpiry(strapi);
