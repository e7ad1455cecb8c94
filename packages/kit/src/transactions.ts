import { isRetryable } from './db-errors';

/** The part of Strapi the transaction helpers use. */
interface TransactionHost {
  db: {
    inTransaction(): boolean;
    transaction: (...args: any[]) => Promise<any>;
    queryBuilder: (uid: any) => any;
  };
}

const ATTEMPTS = 6;

/**
 * Run `fn` in one database transaction. At the outermost level a deadlock or lock-wait timeout
 * (real row locks on MySQL/MariaDB) rolls back and runs `fn` again, a few times with jitter; nested
 * calls join the caller's transaction, which owns the retry.
 */
export async function inTransaction<T>(strapi: TransactionHost, fn: () => Promise<T>): Promise<T> {
  if (strapi.db.inTransaction()) return fn();
  for (let attempt = 1; ; attempt++) {
    try {
      return (await strapi.db.transaction(() => fn())) as T;
    } catch (err) {
      if (attempt >= ATTEMPTS || !isRetryable(err)) throw err;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
    }
  }
}

/** `SELECT * ... FOR UPDATE` of one row by a where clause (SQLite: its single writer serializes). */
export function lockRow<T = any>(strapi: TransactionHost, uid: string, where: Record<string, unknown>): Promise<T | null> {
  return strapi.db.queryBuilder(uid).select('*').where(where).forUpdate().first().execute();
}
