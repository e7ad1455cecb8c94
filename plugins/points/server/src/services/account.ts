import { DAY_MS } from '@wedraw/kit';
import type { Core } from '@strapi/strapi';
import type { Pagination } from '@wedraw/kit';
import { clock } from '../util/plugin';
import { TRANSACTION, USER } from '../util/uids';

import type { LedgerLine } from '../types';
import { createCheckin } from './checkin';
import { createLedger } from './ledger';
import { openLots } from './lots';

/** How far ahead /me warns about expiring points. */
const EXPIRING_WINDOW_DAYS = 30;

/** The API.md ledger line a user sees. */
export const toLine = (l: LedgerLine) => ({
  id: l.id,
  delta: l.delta,
  balanceAfter: l.balanceAfter,
  type: l.type,
  source: l.source,
  remark: l.remark,
  createdAt: l.createdAt,
  expiresAt: l.expiresAt,
});

/** Operators also see the reference, the key, the operator and what is left of a lot. */
export const toAdminLine = (l: LedgerLine) => ({
  ...toLine(l),
  refId: l.refId,
  idempotencyKey: l.idempotencyKey,
  operator: l.operator,
  remaining: l.remaining,
  day: l.day,
});

/** Read side of a user's points: the /me summary, the ledger pages, user lookup for operators. */
export function createAccountView(strapi: Core.Strapi) {
  const ledger = createLedger(strapi);
  const checkin = createCheckin(strapi);

  return {
    async summary(userId: number) {
      const [account, status, lots] = await Promise.all([ledger.balance(userId), checkin.status(userId), openLots(strapi, userId, clock(strapi).now())]);
      const horizon = clock(strapi).now().getTime() + EXPIRING_WINDOW_DAYS * DAY_MS;
      const soon = lots.filter((l) => l.expiresAt && Date.parse(l.expiresAt) <= horizon);
      const first = soon.map((l) => l.expiresAt as string).sort()[0];
      return {
        balance: account.balance,
        totalEarned: account.earned,
        totalSpent: account.spent,
        totalExpired: account.expired,
        expiring: first ? { points: soon.reduce((s, l) => s + l.remaining, 0), at: first } : null,
        checkedInToday: status.checkedInToday,
        streak: status.streak,
      };
    },

    async lines(userId: number, page: Pagination) {
      const where = { userId };
      const [rows, total] = await Promise.all([
        strapi.db.query(TRANSACTION).findMany({ where, orderBy: [{ id: 'desc' }], offset: (page.page - 1) * page.pageSize, limit: page.pageSize }),
        strapi.db.query(TRANSACTION).count({ where }),
      ]);
      return { rows: rows as LedgerLine[], total };
    },

    userExists: async (userId: number) => (await strapi.db.query(USER).count({ where: { id: userId } })) > 0,
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => createAccountView(strapi);
