import type { Core } from '@strapi/strapi';
import { businessError, DAY_MS, isUniqueViolation, previousDay, shanghaiDay } from '@wedraw/kit';
import { clock } from '../util/plugin';
import { CHECKIN } from '../util/uids';
import { type UserRef, userIdOf } from '../types';
import { createLedger } from './ledger';
import { resolveRule, type StreakBonus } from './rules';

export interface CheckinRecord {
  id: number;
  userId: number;
  date: string;
  streak: number;
  points: number;
}

export function streakBonus(table: StreakBonus[] | null | undefined, streak: number): number {
  return (table ?? []).filter((row) => Number(row.day) === streak).reduce((sum, row) => sum + Number(row.bonus || 0), 0);
}

function already(date: string): Error {
  return businessError('AlreadyCheckedIn', '今天已经签到过了', { date });
}

/**
 * Daily check-in: one per user per Asia/Shanghai calendar day. The account row lock serializes one
 * user's requests, and a UNIQUE (user, date) index makes a second row impossible even so.
 */
export function createCheckin(strapi: Core.Strapi) {
  const ledger = createLedger(strapi);

  const find = (userId: number, date: string) => strapi.db.query(CHECKIN).findOne({ where: { userId, date } }) as Promise<CheckinRecord | null>;

  return {
    find,

    async checkIn(user: UserRef) {
      const userId = userIdOf(user);
      const now = clock(strapi).now();
      const date = shanghaiDay(now);
      try {
        return await ledger.withAccount(userId, async (account) => {
          if (await find(userId, date)) throw already(date);
          const rule = await resolveRule(strapi, 'checkin', now);
          const yesterday = await find(userId, previousDay(date));
          const streak = yesterday ? yesterday.streak + 1 : 1;
          const points = rule.points + streakBonus(rule.rule.streakBonuses, streak);
          await strapi.db.query(CHECKIN).create({ data: { userId, date, streak, points } });
          const { line } = await ledger.postLocked(account, {
            type: 'earn',
            delta: points,
            idempotencyKey: `checkin:${userId}:${date}`,
            source: 'checkin',
            refId: date,
            expiresAt: rule.expiryDays > 0 ? new Date(now.getTime() + rule.expiryDays * DAY_MS) : null,
            remark: streak > 1 ? `连续签到第 ${streak} 天` : '每日签到',
          });
          return { points, streak, balance: line.balanceAfter };
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw already(date);
        throw err;
      }
    },

    /** Today's state for /me: checked in today, and the streak still alive (today's or yesterday's). */
    async status(user: UserRef) {
      const userId = userIdOf(user);
      const date = clock(strapi).today();
      const today = await find(userId, date);
      if (today) return { checkedInToday: true, streak: today.streak };
      const yesterday = await find(userId, previousDay(date));
      return { checkedInToday: false, streak: yesterday?.streak ?? 0 };
    },
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => createCheckin(strapi);
