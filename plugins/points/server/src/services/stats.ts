import type { Core } from '@strapi/strapi';
import { TRANSACTION } from '../util/uids';

export interface DailyTotals {
  day: string;
  issued: number;
  spent: number;
  expired: number;
  adjusted: number;
}

/**
 * Totals per Asia/Shanghai day from the ledger's `day` column: issued (earned), spent (net of
 * refunds), expired, and operator adjustments (signed).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async daily(from: string, to: string): Promise<DailyTotals[]> {
    const rows = (await strapi.db
      .connection(strapi.db.metadata.get(TRANSACTION as any).tableName)
      .select('day', 'type')
      .sum({ total: 'delta' })
      .whereBetween('day', [from, to])
      .groupBy('day', 'type')
      .orderBy('day', 'desc')) as { day: string; type: string; total: string | number }[];
    const days = new Map<string, DailyTotals>();
    for (const row of rows) {
      const d = days.get(row.day) ?? { day: row.day, issued: 0, spent: 0, expired: 0, adjusted: 0 };
      const total = Number(row.total);
      if (row.type === 'earn') d.issued += total;
      else if (row.type === 'spend' || row.type === 'refund') d.spent -= total;
      else if (row.type === 'expire') d.expired -= total;
      else if (row.type === 'adjust') d.adjusted += total;
      days.set(row.day, d);
    }
    return [...days.values()].sort((a, b) => b.day.localeCompare(a.day));
  },
});
