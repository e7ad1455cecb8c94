import type { Core } from '@strapi/strapi';
import { businessError, notFound, shanghaiDay } from '@wedraw/kit';
import { UID } from '../lib/uids';
import type { MerchantRow } from './merchants';

export interface RiskRuleRow {
  id: number;
  name: string;
  kind: 'frequency' | 'amount' | 'merchant_daily' | 'blocklist';
  count: number;
  minutes: number;
  amount: number;
  userIds: number[] | null;
  action: 'block' | 'review';
  enabled: boolean;
}

export interface RiskCheck {
  userId: number;
  merchant: MerchantRow;
  amount: number;
  now: Date;
}

/** The rule every installation starts with: seed 004's "more than 10 payments a minute". */
export const DEFAULT_RULES: Omit<RiskRuleRow, 'id'>[] = [
  { name: '1 分钟内支付超过 10 次', kind: 'frequency', count: 10, minutes: 1, amount: 0, userIds: null, action: 'block', enabled: true },
  { name: '商户当日收款超过日限额', kind: 'merchant_daily', count: 0, minutes: 0, amount: 0, userIds: null, action: 'block', enabled: true },
];

const PAID = ['paid', 'refunding', 'refunded', 'partially_refunded'];
/** Fen as yuan with two decimals, for the hit's description operators read. */
const yuan = (fen: number) => (fen / 100).toFixed(2);

/** Risk rules (风控): checked before an order is made; every hit is recorded. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rules = () => strapi.db.query(UID.riskRule);
  const orders = () => strapi.db.query(UID.order);

  async function hits(rule: RiskRuleRow, c: RiskCheck): Promise<string | null> {
    switch (rule.kind) {
      case 'frequency': {
        if (rule.count <= 0 || rule.minutes <= 0) return null;
        const since = new Date(c.now.getTime() - rule.minutes * 60_000);
        const n = await orders().count({ where: { userId: c.userId, createdAt: { $gte: since } } });
        return n >= rule.count ? `${rule.minutes} 分钟内已下单 ${n} 次` : null;
      }
      case 'amount':
        return rule.amount > 0 && c.amount > rule.amount ? `金额 ${yuan(c.amount)} 元超过 ${yuan(rule.amount)} 元` : null;
      case 'merchant_daily': {
        if (!c.merchant.dailyCap) return null;
        const rows = (await orders().findMany({
          where: { merchantId: c.merchant.id, day: shanghaiDay(c.now), status: { $in: PAID } },
          select: ['amount'],
        })) as { amount: number }[];
        const total = rows.reduce((s, r) => s + r.amount, 0);
        return total + c.amount > c.merchant.dailyCap
          ? `商户当日收款 ${yuan(total)} 元，再收 ${yuan(c.amount)} 元将超过日限额 ${yuan(c.merchant.dailyCap)} 元`
          : null;
      }
      case 'blocklist':
        return (rule.userIds ?? []).includes(c.userId) ? '用户在黑名单中' : null;
      default:
        return null;
    }
  }

  return {
    list: () => rules().findMany({ orderBy: [{ id: 'asc' }] }) as Promise<RiskRuleRow[]>,
    async ensureDefaults(): Promise<void> {
      if ((await rules().count({})) > 0) return;
      for (const rule of DEFAULT_RULES) await rules().create({ data: rule });
    },
    create: (data: Partial<RiskRuleRow>) => rules().create({ data }) as Promise<RiskRuleRow>,
    async update(id: number, data: Partial<RiskRuleRow>): Promise<RiskRuleRow> {
      if (!(await rules().findOne({ where: { id } }))) throw notFound('风控规则不存在');
      return (await rules().update({ where: { id }, data })) as RiskRuleRow;
    },
    hits: (page: { offset: number; limit: number }) =>
      Promise.all([strapi.db.query(UID.riskHit).findMany({ orderBy: [{ id: 'desc' }], ...page }), strapi.db.query(UID.riskHit).count({})]),

    /** Runs the enabled rules: a block throws 409 RiskBlocked (recorded); a review says the points wait. */
    async check(c: RiskCheck): Promise<{ review: boolean; ruleNames: string[] }> {
      const found: { rule: RiskRuleRow; detail: string }[] = [];
      for (const rule of (await rules().findMany({ where: { enabled: true }, orderBy: [{ id: 'asc' }] })) as RiskRuleRow[]) {
        const detail = await hits(rule, c);
        if (detail) found.push({ rule, detail });
      }
      for (const { rule, detail } of found) {
        await strapi.db.query(UID.riskHit).create({
          data: { ruleId: rule.id, ruleName: rule.name, action: rule.action, userId: c.userId, merchantCode: c.merchant.code, amount: c.amount, detail },
        });
      }
      const block = found.find((f) => f.rule.action === 'block');
      if (block) throw businessError('RiskBlocked', '支付存在风险，已被拦截，请稍后再试', { rule: block.rule.name });
      return { review: found.length > 0, ruleNames: found.map((f) => f.rule.name) };
    },

    /** Records that a review-held order was made (its hit gets the order number). */
    async attachOrder(userId: number, orderNo: string): Promise<void> {
      await (strapi.db.queryBuilder(UID.riskHit as never) as any).update({ orderNo }).where({ userId, orderNo: null, action: 'review' }).execute();
    },
  };
};
