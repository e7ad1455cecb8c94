import type { Core } from '@strapi/strapi';
import { UID } from './lib/uids';

/** Orders created (success rate) or settled (award delay) this far back. */
export const PAY_WINDOW_MS = 15 * 60_000;
/** Fewer orders than this in the window: the success rate reads 1 (too few to judge). */
export const MIN_ORDERS = 20;
const PAID = ['paid', 'refunding', 'refunded', 'partially_refunded'];
const DELAY_ROWS = 5000;

interface OpsMetrics {
  define(def: object): void;
}
interface OpsRules {
  ensureBuiltin(rules: object[]): Promise<void>;
}

const p99 = (sorted: number[]) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] : 0);

/** Built-in alert rules on pay's metrics (the same as config/monitoring/alerts.yml). */
export const PAY_RULES = [
  {
    code: 'pay-success-rate',
    name: '支付成功率低于 90%',
    metric: 'pay_success_ratio',
    operator: 'lt',
    threshold: 0.9,
    forSeconds: 300,
    level: 'critical',
  },
  {
    code: 'pay-points-delay',
    name: '支付积分到账 P99 超过 60 秒',
    metric: 'pay_points_award_delay_p99_seconds',
    operator: 'gt',
    threshold: 60,
    forSeconds: 300,
    level: 'warning',
  },
];

/**
 * Pay's metrics in the ops registry (when ops is installed): the payment success rate (orders
 * created in the last 15 min that are paid ÷ all of them, 1 under 20 orders) and the p99 of the
 * points-award delay (WeChat Pay's success_time → the settlement that awarded the points, orders
 * settled in the last 15 min without a review hold), with their built-in alert rules.
 */
export async function registerOpsMetrics(strapi: Core.Strapi): Promise<void> {
  const ops = strapi.plugin('ops');
  if (!ops) return;
  const orders = () => strapi.db.connection(strapi.db.metadata.get(UID.order as never).tableName);
  const since = () => new Date(Date.now() - PAY_WINDOW_MS);
  (ops.service('metrics') as OpsMetrics).define({
    name: 'pay_success_ratio',
    label: '支付成功率（15 分钟）',
    unit: 'ratio',
    help: `Pay orders created in the last 15 min that are paid / all of them (1 under ${MIN_ORDERS} orders)`,
    labelNames: [],
    read: async () => {
      const rows = (await orders().select('status').count({ n: '*' }).where('created_at', '>=', since()).groupBy('status')) as Array<{
        status: string;
        n: string | number;
      }>;
      const total = rows.reduce((s, r) => s + Number(r.n), 0);
      const paid = rows.filter((r) => PAID.includes(r.status)).reduce((s, r) => s + Number(r.n), 0);
      return [{ value: total < MIN_ORDERS ? 1 : paid / total }];
    },
  });
  (ops.service('metrics') as OpsMetrics).define({
    name: 'pay_points_award_delay_p99_seconds',
    label: '支付积分到账延迟 P99',
    unit: 'seconds',
    help: 'p99 of WeChat Pay success_time -> points awarded at settlement, orders settled in the last 15 min (newest 5 000)',
    labelNames: [],
    read: async () => {
      const rows = (await orders()
        .select('paid_at', 'settled_at')
        .where('settled_at', '>=', since())
        .whereNotNull('paid_at')
        .where('review', 'none')
        .orderBy('settled_at', 'desc')
        .limit(DELAY_ROWS)) as Array<{ paid_at: Date | string; settled_at: Date | string }>;
      const delays = rows.map((r) => Math.max(0, (new Date(r.settled_at).getTime() - new Date(r.paid_at).getTime()) / 1000)).sort((a, b) => a - b);
      return [{ value: p99(delays) }];
    },
  });
  await (ops.service('rules') as OpsRules).ensureBuiltin(PAY_RULES);
}
