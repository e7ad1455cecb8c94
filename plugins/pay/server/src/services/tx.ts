import type { Core } from '@strapi/strapi';
import { isRetryable } from '@wedraw/kit';

/** One database transaction; a deadlock or lock-wait timeout at the outermost level runs it again. */
export async function inTransaction<T>(strapi: Core.Strapi, fn: () => Promise<T>): Promise<T> {
  if (strapi.db.inTransaction()) return fn();
  for (let attempt = 1; ; attempt++) {
    try {
      return await strapi.db.transaction(() => fn());
    } catch (err) {
      if (attempt >= 5 || !isRetryable(err)) throw err;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
    }
  }
}

/** `SELECT … FOR UPDATE` of one row. */
export function lockRow<T>(strapi: Core.Strapi, uid: string, where: Record<string, unknown>): Promise<T | null> {
  return (strapi.db.queryBuilder(uid as never) as any).select('*').where(where).forUpdate().first().execute();
}

/** The day in Beijing time, `YYYY-MM-DD`. */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** WeChat Pay's time format: RFC 3339 with +08:00. */
export function rfc3339(at: Date): string {
  return `${new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}
