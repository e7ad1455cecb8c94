import type { Core } from '@strapi/strapi';
import { ACCOUNT, CHECKIN, ORDER, RULE, TRANSACTION } from './util/uids';

/** Chinese field labels in the content manager (only where the operator has not set a label yet). */
const LABELS: Record<string, Record<string, string>> = {
  [ACCOUNT]: { userId: '用户 ID', balance: '余额', earned: '累计获得', spent: '累计消费', expired: '累计过期' },
  [TRANSACTION]: {
    userId: '用户 ID',
    delta: '变动',
    balanceAfter: '变动后余额',
    type: '类型',
    source: '来源',
    refId: '关联单号',
    idempotencyKey: '幂等键',
    expiresAt: '过期时间',
    remaining: '批次剩余',
    consumed: '消耗批次',
    day: '日期（北京时间）',
    operator: '操作人',
    remark: '备注',
  },
  [RULE]: {
    code: '规则代码',
    name: '规则名称',
    description: '说明',
    mode: '计算方式（固定/按比例）',
    points: '固定积分',
    ratio: '每元积分（按比例）',
    dailyLimit: '每人每日次数上限（0 不限）',
    totalLimit: '每人累计次数上限（0 不限）',
    expiryDays: '有效天数（0 永久）',
    minAmount: '最低金额（分，按比例时低于此不发放）',
    maxPoints: '单次最多积分（0 不限，如每笔订单上限）',
    streakBonuses: '连续签到奖励，如 [{"day":7,"bonus":20}]',
    startAt: '生效时间',
    endAt: '失效时间',
    enabled: '启用',
  },
  [CHECKIN]: { userId: '用户 ID', date: '日期（北京时间）', streak: '连续天数', points: '获得积分' },
  [ORDER]: {
    orderNo: '订单号',
    userId: '用户 ID',
    skuId: 'SKU ID',
    goodId: '商品 ID',
    quantity: '数量',
    lines: '商品明细',
    totalPoints: '积分合计',
    status: '状态',
    address: '收货地址',
    shipping: '物流',
    history: '状态记录',
    clientKey: '客户端幂等键',
    remark: '备注',
  },
};

export async function applyFieldLabels(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager')?.service('content-types') as any;
  if (!service) return;
  for (const [uid, labels] of Object.entries(LABELS)) {
    const contentType = service.findContentType(uid);
    if (!contentType) continue;
    const { uid: _uid, ...configuration } = await service.findConfiguration(contentType);
    const untouched = Object.keys(labels).filter((field) => configuration.metadatas?.[field]?.edit?.label === field);
    if (untouched.length === 0) continue;
    for (const field of untouched) {
      const meta = configuration.metadatas[field];
      meta.edit.label = labels[field];
      if (meta.list) meta.list.label = labels[field];
    }
    await service.updateConfiguration(contentType, configuration);
  }
}
