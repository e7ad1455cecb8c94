import type { Core } from '@strapi/strapi';
import { ACCOUNT, SKU, TRANSACTION } from '../util/uids';

export interface Finding {
  kind: 'balance-mismatch' | 'totals-mismatch' | 'lots-mismatch' | 'negative-balance' | 'negative-stock' | 'orphan-ledger';
  userId?: number;
  skuId?: number;
  expected?: number;
  actual?: number;
  message: string;
}

/**
 * The invariant checker: recompute every balance from the ledger (sum of deltas) and compare it to
 * the account, check earned − spent − expired = balance, open lots = balance, nothing negative,
 * and no SKU with negative stock. Aggregates run in SQL, so it scales with accounts, not lines.
 */
export function createVerify(strapi: Core.Strapi) {
  const table = (uid: string) => strapi.db.metadata.get(uid as any).tableName;
  const knex = () => strapi.db.connection;

  return {
    async run(): Promise<{ ok: boolean; accounts: number; lines: number; findings: Finding[] }> {
      const findings: Finding[] = [];
      const sums = (await knex()(table(TRANSACTION))
        .select('user_id')
        .sum({ total: 'delta' })
        .sum({ open: 'remaining' })
        .count({ lines: 'id' })
        .groupBy('user_id')) as { user_id: number; total: string | number; open: string | number; lines: string | number }[];
      const accounts = (await knex()(table(ACCOUNT)).select('user_id', 'balance', 'earned', 'spent', 'expired')) as Record<string, number>[];
      const byUser = new Map(sums.map((s) => [Number(s.user_id), s]));
      let lines = 0;
      for (const a of accounts) {
        const userId = Number(a.user_id);
        const s = byUser.get(userId);
        byUser.delete(userId);
        const total = Number(s?.total ?? 0);
        const open = Number(s?.open ?? 0);
        lines += Number(s?.lines ?? 0);
        const balance = Number(a.balance);
        if (balance !== total)
          findings.push({ kind: 'balance-mismatch', userId, expected: total, actual: balance, message: `用户 ${userId} 余额 ${balance} ≠ 流水合计 ${total}` });
        if (balance < 0) findings.push({ kind: 'negative-balance', userId, actual: balance, message: `用户 ${userId} 余额为负：${balance}` });
        const net = Number(a.earned) - Number(a.spent) - Number(a.expired);
        if (net !== balance)
          findings.push({
            kind: 'totals-mismatch',
            userId,
            expected: balance,
            actual: net,
            message: `用户 ${userId} 累计获得−消费−过期 = ${net} ≠ 余额 ${balance}`,
          });
        if (open !== balance)
          findings.push({
            kind: 'lots-mismatch',
            userId,
            expected: balance,
            actual: open,
            message: `用户 ${userId} 未用积分批次合计 ${open} ≠ 余额 ${balance}`,
          });
      }
      for (const [userId, s] of byUser) {
        lines += Number(s.lines);
        findings.push({ kind: 'orphan-ledger', userId, actual: Number(s.total), message: `用户 ${userId} 有流水但没有积分账户` });
      }
      const negative = (await knex()(table(SKU)).select('id', 'stock').where('stock', '<', 0)) as { id: number; stock: number }[];
      for (const sku of negative) findings.push({ kind: 'negative-stock', skuId: sku.id, actual: sku.stock, message: `SKU ${sku.id} 库存为负：${sku.stock}` });
      return { ok: findings.length === 0, accounts: accounts.length, lines, findings };
    },
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => createVerify(strapi);
