import { DAY_MS, shanghaiDay } from '@wedraw/kit';
import type { Core } from '@strapi/strapi';
import { emitExpiring } from '../notifications';
import { clock } from '../util/plugin';
import { TRANSACTION } from '../util/uids';
import { createLedger } from './ledger';

export const POINTS_QUEUE = 'points';
export const EXPIRE_JOB = 'expire-lots';
export const EXPIRING_NOTICE_JOB = 'expiring-notice';
/** How far ahead users are told that points will expire. */
export const NOTICE_DAYS = 7;

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

    /**
     * Announces `points.expiring` for every user with points expiring within `days`: the points
     * and the first date. Keyed by user and that date, so a user hears once per expiry date
     * however often the daily job runs.
     */
    async noticeExpiring(days = NOTICE_DAYS): Promise<{ users: number }> {
      const now = clock(strapi).now();
      const meta = strapi.db.metadata.get(TRANSACTION);
      const col = (name: string) => (meta.attributes[name] as { columnName?: string }).columnName ?? name;
      const rows = (await strapi.db
        .connection(meta.tableName)
        .where(col('remaining'), '>', 0)
        .where(col('expiresAt'), '>', now)
        .where(col('expiresAt'), '<=', new Date(now.getTime() + days * DAY_MS))
        .groupBy(col('userId'))
        .select({ userId: col('userId') })
        .sum({ points: col('remaining') })
        .min({ first: col('expiresAt') })) as Array<{ userId: number; points: number | string; first: Date | string }>;
      for (const r of rows) emitExpiring(strapi, Number(r.userId), Number(r.points), shanghaiDay(new Date(r.first)));
      return { users: rows.length };
    },

    schedule() {
      const queue = strapi.service('api::platform.queue') as any;
      queue.define(POINTS_QUEUE, async (job: { name: string }) => {
        if (job.name === EXPIRE_JOB) return this.expireDue();
        if (job.name === EXPIRING_NOTICE_JOB) return this.noticeExpiring();
        throw new Error(`unknown points job ${job.name}`);
      });
      // Hourly, at minute 5 (Asia/Shanghai): lots expire within the hour after their date.
      queue.repeat(POINTS_QUEUE, EXPIRE_JOB, EXPIRE_JOB, { pattern: '5 * * * *', tz: 'Asia/Shanghai' }).catch(() => undefined);
      // Daily at 10:00 (Asia/Shanghai): points expiring within NOTICE_DAYS.
      queue.repeat(POINTS_QUEUE, EXPIRING_NOTICE_JOB, EXPIRING_NOTICE_JOB, { pattern: '0 10 * * *', tz: 'Asia/Shanghai' }).catch(() => undefined);
    },
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => createExpiry(strapi);
