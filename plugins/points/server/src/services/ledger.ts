import type { Core } from '@strapi/strapi';
import { businessError, DAY_MS, inTransaction, isUniqueViolation, lockRow, shanghaiDay } from '@wedraw/kit';
import { clock } from '../util/plugin';
import { ACCOUNT, TRANSACTION } from '../util/uids';
import { type Account, type Entry, type LedgerLine, type PostResult, type UserRef, userIdOf } from '../types';
import { closeLot, consume, dueLots, lotsWithPoints, restore, splitLots } from './lots';
import { insertRow } from '../util/rows';
import { resolveRule, checkRuleLimits } from './rules';

export interface AwardOptions {
  idempotencyKey: string;
  source?: string;
  refId?: string;
  /** ratio rules (e.g. payment): the amount paid in fen. */
  amountFen?: number;
  remark?: string;
  /** fixed amounts only: lot expiry in days (0 or absent: never). */
  expiryDays?: number;
  /**
   * The caller holds a lock under which this key cannot exist yet (e.g. a pending order's row lock,
   * the order number in the key), so the lookup before posting is skipped. The UNIQUE index on the
   * key still refuses a second line; the winner's line is then returned as a duplicate.
   */
  keyIsNew?: boolean;
}

export interface SpendOptions {
  idempotencyKey: string;
  source?: string;
  refId?: string;
  remark?: string;
}

export interface AdjustOptions {
  idempotencyKey: string;
  reason: string;
  operator: string;
  expiryDays?: number;
}

const KNOWN_ACCOUNTS_MAX = 100_000;

function insufficient(account: Account, needed: number): Error {
  return businessError('InsufficientPoints', '积分不足', { balance: account.balance, needed });
}

/**
 * The points ledger. Every write is one transaction that first locks the user's account row
 * (SELECT … FOR UPDATE), then checks the idempotency key, the balance and the rule limits,
 * appends the ledger line and updates the account. The idempotency key is UNIQUE in the database,
 * so even two accounts racing on one key end with one line.
 */
export function createLedger(strapi: Core.Strapi) {
  const now = () => clock(strapi).now();

  /** Users whose account this instance has seen exist (accounts are never deleted): no read for them. */
  const knownAccounts = new Set<number>();
  const remember = (userId: number) => {
    if (knownAccounts.size >= KNOWN_ACCOUNTS_MAX) knownAccounts.clear();
    knownAccounts.add(userId);
  };

  async function ensureAccount(userId: number): Promise<void> {
    if (knownAccounts.has(userId)) return;
    const existing = await strapi.db.query(ACCOUNT).findOne({ where: { userId }, select: ['id'] });
    if (!existing) {
      try {
        await strapi.db.query(ACCOUNT).create({ data: { userId, balance: 0, earned: 0, spent: 0, expired: 0 } });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err; // another request created it first
      }
    }
    remember(userId);
  }

  /**
   * Run fn in a transaction with the user's account row locked. The lock comes first (one
   * statement for an existing account); a missing account is created outside and the lock taken again.
   */
  async function withAccount<T>(user: UserRef, fn: (account: Account) => Promise<T>): Promise<T> {
    const userId = userIdOf(user);
    for (let attempt = 0; ; attempt++) {
      const outcome = await inTransaction(strapi, async () => {
        const account = await lockRow<Account>(strapi, ACCOUNT, { userId });
        return account ? { value: await fn(account) } : null;
      });
      if (outcome) return outcome.value;
      if (attempt > 0) throw new Error(`points account of user ${userId} vanished`);
      knownAccounts.delete(userId); // its table was emptied behind this instance (a test, a restore)
      await ensureAccount(userId);
    }
  }

  function findByKey(idempotencyKey: string): Promise<LedgerLine | null> {
    return strapi.db.query(TRANSACTION).findOne({ where: { idempotencyKey } }) as Promise<LedgerLine | null>;
  }

  /** Append one line to a locked account (no idempotency check, no lots): the bottom of every write. */
  async function append(account: Account, entry: Entry, extra: Partial<LedgerLine> = {}): Promise<LedgerLine> {
    const { delta, type } = entry;
    account.balance += delta;
    if (type === 'earn' || (type === 'adjust' && delta > 0)) account.earned += delta;
    else if (type === 'spend' || type === 'refund' || type === 'adjust') account.spent -= delta;
    else if (type === 'expire') account.expired -= delta;
    if (account.balance < 0) throw new Error(`points balance of user ${account.userId} would go negative`);
    const at = now();
    const line = (await insertRow(strapi, TRANSACTION, {
      userId: account.userId,
      delta,
      balanceAfter: account.balance,
      type,
      source: entry.source ?? null,
      refId: entry.refId ?? null,
      idempotencyKey: entry.idempotencyKey,
      expiresAt: entry.expiresAt ?? null,
      remaining: 0,
      consumed: null,
      day: shanghaiDay(at),
      operator: entry.operator ?? null,
      remark: entry.remark ?? null,
      ...extra,
    })) as unknown as LedgerLine;
    await (strapi.db.queryBuilder(ACCOUNT) as any)
      .update({ balance: account.balance, earned: account.earned, spent: account.spent, expired: account.expired })
      .where({ id: account.id })
      .execute();
    return line;
  }

  /** Expire this user's lots that are past their date (inside the locked transaction; `due` when already loaded). */
  async function expireDueLocked(account: Account, due?: LedgerLine[]): Promise<LedgerLine[]> {
    const lines: LedgerLine[] = [];
    for (const lot of due ?? (await dueLots(strapi, account.userId, now()))) {
      const amount = Math.min(lot.remaining, account.balance);
      await closeLot(strapi, lot.id);
      if (amount <= 0) continue;
      lines.push(
        await append(account, {
          type: 'expire',
          delta: -amount,
          idempotencyKey: `expire:${lot.id}`,
          source: 'expiry',
          refId: String(lot.id),
          remark: '积分过期',
        }),
      );
    }
    return lines;
  }

  /**
   * Post an entry to a locked account: the same key again returns the first line; spending first
   * expires due lots, then takes from the oldest open ones; a refund puts points back where they came from.
   * `freshKey`: the caller just made the key up (e.g. from a new order number), so the lookup is
   * skipped — the UNIQUE index still refuses a duplicate.
   */
  async function postLocked(account: Account, entry: Entry, { freshKey = false } = {}): Promise<PostResult> {
    if (!Number.isInteger(entry.delta) || entry.delta === 0) throw new Error(`points delta must be a non-zero integer (got ${entry.delta})`);
    const existing = freshKey ? null : await findByKey(entry.idempotencyKey);
    if (existing) return { line: existing, duplicate: true };
    const extra: Partial<LedgerLine> = {};
    if (entry.delta < 0) {
      const { due, open } = splitLots(await lotsWithPoints(strapi, account.userId), now());
      await expireDueLocked(account, due);
      if (account.balance + entry.delta < 0) throw insufficient(account, -entry.delta);
      extra.consumed = await consume(strapi, account, -entry.delta, now(), open);
    } else if (entry.type === 'refund') {
      await restore(strapi, entry.restore ?? []);
    } else {
      extra.remaining = entry.delta;
    }
    return { line: await append(account, entry, extra), duplicate: false };
  }

  /**
   * A whole write: lock, post, commit; a key that lost a race to another account returns the winner's line.
   * `keyChecked`: `build` already looked the key up under the lock, so posting does not look again.
   */
  async function post(user: UserRef, build: (account: Account) => Promise<Entry | PostResult>, { keyChecked = false } = {}): Promise<PostResult> {
    let key: string | undefined;
    try {
      return await withAccount(user, async (account) => {
        const entry = await build(account);
        if ('line' in entry) return entry;
        key = entry.idempotencyKey;
        return postLocked(account, entry, { freshKey: keyChecked });
      });
    } catch (err) {
      if (key && isUniqueViolation(err)) {
        const line = await findByKey(key);
        if (line) return { line, duplicate: true };
      }
      throw err;
    }
  }

  const expiry = (days: number | undefined) => (days && days > 0 ? new Date(now().getTime() + days * DAY_MS) : null);

  return {
    ensureAccount,
    withAccount,
    postLocked,
    expireDueLocked,
    findByKey,

    /** Award points by rule code (limits, validity window, ratio) or a fixed amount. */
    award(user: UserRef, ruleOrAmount: string | number, options: AwardOptions): Promise<PostResult> {
      return post(
        user,
        async (account) => {
          const done = options.keyIsNew ? null : await findByKey(options.idempotencyKey);
          if (done) return { line: done, duplicate: true };
          if (typeof ruleOrAmount === 'number') {
            if (!Number.isInteger(ruleOrAmount) || ruleOrAmount <= 0) throw new Error('award amount must be a positive integer');
            return { type: 'earn', delta: ruleOrAmount, expiresAt: expiry(options.expiryDays), source: options.source ?? 'manual', ...pick(options) };
          }
          const rule = await resolveRule(strapi, ruleOrAmount, now(), options.amountFen);
          await checkRuleLimits(strapi, rule, account.userId, now());
          return { type: 'earn', delta: rule.points, expiresAt: expiry(rule.expiryDays), source: options.source ?? rule.code, ...pick(options) };
        },
        { keyChecked: true },
      );
    },

    spend(user: UserRef, amount: number, options: SpendOptions): Promise<PostResult> {
      if (!Number.isInteger(amount) || amount <= 0) throw new Error('spend amount must be a positive integer');
      return post(user, async () => ({ type: 'spend', delta: -amount, source: options.source ?? 'spend', ...pick(options) }));
    },

    /** Give back the points of a spend line (by its idempotency key), once. */
    refund(user: UserRef, spendKey: string, options: SpendOptions): Promise<PostResult> {
      return post(user, async () => {
        const spent = await findByKey(spendKey);
        if (!spent || spent.type !== 'spend' || spent.userId !== userIdOf(user)) throw businessError('NotRefundable', '没有可退还的积分流水');
        return {
          type: 'refund',
          delta: -spent.delta,
          restore: spent.consumed ?? [],
          source: options.source ?? spent.source ?? 'refund',
          refId: options.refId ?? spent.refId ?? undefined,
          idempotencyKey: options.idempotencyKey,
          remark: options.remark,
        };
      });
    },

    /** Operator adjustment (±); the reason and the operator are recorded on the line. */
    adjust(user: UserRef, delta: number, options: AdjustOptions): Promise<PostResult> {
      if (!Number.isInteger(delta) || delta === 0) throw new Error('adjust delta must be a non-zero integer');
      return post(user, async () => ({
        type: 'adjust',
        delta,
        expiresAt: delta > 0 ? expiry(options.expiryDays) : null,
        source: 'adjust',
        idempotencyKey: options.idempotencyKey,
        operator: options.operator,
        remark: options.reason,
      }));
    },

    async balance(user: UserRef): Promise<Account> {
      const userId = userIdOf(user);
      const account = (await strapi.db.query(ACCOUNT).findOne({ where: { userId } })) as Account | null;
      return account ?? { id: 0, userId, balance: 0, earned: 0, spent: 0, expired: 0 };
    },
  };
}

function pick(o: { idempotencyKey: string; refId?: string; remark?: string }) {
  return { idempotencyKey: o.idempotencyKey, refId: o.refId, remark: o.remark };
}

export type Ledger = ReturnType<typeof createLedger>;

export default ({ strapi }: { strapi: Core.Strapi }) => createLedger(strapi);
