import type { Core } from '@strapi/strapi';
import { pageWindow, type Pagination } from '@wedraw/kit';
import { services } from '../lib/services';
import { LOGIN_LOG, OPERATION_LOG } from './log-writer';

export interface LogFilters {
  /** An admin's id, or part of their email. */
  admin?: string;
  module?: string;
  result?: string;
  ip?: string;
  from?: Date;
  to?: Date;
}

type Where = Record<string, unknown>;

function whereOf(uid: string, f: LogFilters): Where {
  const and: Where[] = [];
  if (f.admin) {
    const byId = /^\d+$/.test(f.admin) ? [{ adminId: Number(f.admin) }] : [];
    const emailColumn = uid === LOGIN_LOG ? 'email' : 'admin';
    and.push({ $or: [...byId, { [emailColumn]: { $containsi: f.admin } }] });
  }
  if (f.module && uid === OPERATION_LOG) and.push({ module: { $startsWith: f.module } });
  if (f.result) and.push({ result: f.result });
  if (f.ip) and.push({ ip: f.ip });
  if (f.from) and.push({ at: { $gte: f.from } });
  if (f.to) and.push({ at: { $lte: f.to } });
  return and.length ? { $and: and } : {};
}

const EXPORT_PAGE = 1000;

/** Search, export and retention of the login and operation logs. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async search(uid: typeof LOGIN_LOG | typeof OPERATION_LOG, filters: LogFilters, page: Pagination) {
    const where = whereOf(uid, filters);
    const [rows, total] = await Promise.all([
      strapi.db.query(uid).findMany({ where, orderBy: [{ at: 'desc' }, { id: 'desc' }], ...pageWindow(page) }),
      strapi.db.query(uid).count({ where }),
    ]);
    return { rows: rows as Record<string, unknown>[], total };
  },

  async findOperation(id: number) {
    return strapi.db.query(OPERATION_LOG).findOne({ where: { id } });
  },

  /** Every matching line, newest first, a page at a time (an export never holds the table in memory). */
  async *each(uid: typeof LOGIN_LOG | typeof OPERATION_LOG, filters: LogFilters): AsyncGenerator<Record<string, unknown>> {
    const where = whereOf(uid, filters);
    for (let offset = 0; ; offset += EXPORT_PAGE) {
      const rows = (await strapi.db.query(uid).findMany({ where, orderBy: [{ at: 'desc' }, { id: 'desc' }], offset, limit: EXPORT_PAGE })) as Record<
        string,
        unknown
      >[];
      yield* rows;
      if (rows.length < EXPORT_PAGE) return;
    }
  },

  /** Removes the lines older than the retention setting; returns how many of each went. */
  async cleanup(now = new Date()): Promise<{ before: string; loginLogs: number; operationLogs: number }> {
    const { retentionDays } = await services(strapi).settings.get();
    const before = new Date(now.getTime() - retentionDays * 86_400_000);
    const where = { at: { $lt: before } };
    const login = await strapi.db.query(LOGIN_LOG).deleteMany({ where });
    const operation = await strapi.db.query(OPERATION_LOG).deleteMany({ where });
    return { before: before.toISOString(), loginLogs: login.count, operationLogs: operation.count };
  },
});
