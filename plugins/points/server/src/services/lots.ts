import type { Core } from '@strapi/strapi';
import { TRANSACTION } from '../util/uids';
import type { Account, Consumption, LedgerLine } from '../types';

/**
 * Lots: earned (and positively adjusted) ledger lines carry `remaining` and `expiresAt`. Spending
 * takes from the oldest unexpired lots first; a refund puts points back into the lots they came
 * from; expiry turns what is left of a due lot into an `expire` line. All of it runs inside the
 * ledger's transaction, with the account row locked.
 */
export function openLots(strapi: Core.Strapi, userId: number, now: Date): Promise<LedgerLine[]> {
  return strapi.db.query(TRANSACTION).findMany({
    where: { userId, remaining: { $gt: 0 }, $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }] },
    orderBy: [{ id: 'asc' }],
  }) as Promise<LedgerLine[]>;
}

/** Every lot of the user that still holds points, oldest first (due and open alike: one query for a spend). */
export function lotsWithPoints(strapi: Core.Strapi, userId: number): Promise<LedgerLine[]> {
  return strapi.db.query(TRANSACTION).findMany({ where: { userId, remaining: { $gt: 0 } }, orderBy: [{ id: 'asc' }] }) as Promise<LedgerLine[]>;
}

const isDue = (lot: LedgerLine, now: Date) => lot.expiresAt !== null && lot.expiresAt !== undefined && new Date(lot.expiresAt).getTime() <= now.getTime();

/** Split lots into those past their date and those still open. */
export function splitLots(lots: LedgerLine[], now: Date): { due: LedgerLine[]; open: LedgerLine[] } {
  return { due: lots.filter((l) => isDue(l, now)), open: lots.filter((l) => !isDue(l, now)) };
}

export function dueLots(strapi: Core.Strapi, userId: number, now: Date): Promise<LedgerLine[]> {
  return strapi.db.query(TRANSACTION).findMany({
    where: { userId, remaining: { $gt: 0 }, expiresAt: { $lte: now } },
    orderBy: [{ id: 'asc' }],
  }) as Promise<LedgerLine[]>;
}

async function setRemaining(strapi: Core.Strapi, id: number, remaining: number): Promise<void> {
  await (strapi.db.queryBuilder(TRANSACTION) as any).update({ remaining }).where({ id }).execute();
}

/** Take `amount` points from the oldest open lots (loaded here unless given); returns what was taken from which lot. */
export async function consume(strapi: Core.Strapi, account: Account, amount: number, now: Date, open?: LedgerLine[]): Promise<Consumption[]> {
  const taken: Consumption[] = [];
  let left = amount;
  for (const lot of open ?? (await openLots(strapi, account.userId, now))) {
    if (left <= 0) break;
    const take = Math.min(left, lot.remaining);
    await setRemaining(strapi, lot.id, lot.remaining - take);
    taken.push({ lot: lot.id, amount: take });
    left -= take;
  }
  if (left > 0) throw new Error(`points lots of user ${account.userId} hold ${amount - left} < ${amount}: ledger out of balance`);
  return taken;
}

/** Give points back to the lots they were taken from (a lot that has expired since expires on the next run). */
export async function restore(strapi: Core.Strapi, consumed: Consumption[]): Promise<void> {
  for (const { lot, amount } of consumed) {
    const row = (await (strapi.db.queryBuilder(TRANSACTION) as any).select(['id', 'remaining']).where({ id: lot }).first().execute()) as LedgerLine | null;
    if (row) await setRemaining(strapi, lot, row.remaining + amount);
  }
}

export async function closeLot(strapi: Core.Strapi, lotId: number): Promise<void> {
  await setRemaining(strapi, lotId, 0);
}
