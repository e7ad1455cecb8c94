/** The Chinese words a visitor and an operator read for the contract's enumerated values. */
import type { BannerLinkType, LedgerType, OrderStatus, ZoneStrategy } from './types';

export const ORDER_STATUSES: readonly OrderStatus[] = ['pending_review', 'to_ship', 'shipped', 'completed', 'cancelled'];

export const ORDER_STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  pending_review: '待审核',
  to_ship: '待发货',
  shipped: '已发货',
  completed: '已完成',
  cancelled: '已取消',
};

/** The statuses a visitor may still cancel from (points and stock come back). */
export const CANCELLABLE_STATUSES: readonly OrderStatus[] = ['pending_review', 'to_ship'];

export function isCancellable(status: OrderStatus): boolean {
  return CANCELLABLE_STATUSES.includes(status);
}

/**
 * Ledger line types. `spend` is any use of points (an exchange is one source among others the
 * points engine accepts), so it reads 消费, as the operator's 累计消费 totals do.
 */
export const LEDGER_TYPE_LABELS: Readonly<Record<LedgerType, string>> = {
  earn: '获得',
  spend: '消费',
  expire: '过期',
  refund: '退还',
  adjust: '调整',
};

/**
 * Where ledger lines come from (`source`: a points rule's code, or what spent or adjusted them). A
 * rule another plugin registered reads as its code until a label is added here.
 */
export const LEDGER_SOURCE_LABELS: Readonly<Record<string, string>> = {
  checkin: '每日签到',
  subscribe: '关注公众号',
  payment: '消费返积分',
  interaction: '互动奖励',
  first_login: '新人积分',
  exchange: '积分兑换',
  adjust: '人工调整',
  expiry: '积分过期',
  manual: '系统发放',
  spend: '消费',
  refund: '退还',
};

/** The label of an order status, or the raw value when a newer server sends one this build does not know. */
export function orderStatusLabel(status: string): string {
  return (ORDER_STATUS_LABELS as Record<string, string>)[status] ?? status;
}

export function ledgerTypeLabel(type: string): string {
  return (LEDGER_TYPE_LABELS as Record<string, string>)[type] ?? type;
}

/** Where a banner leads, as the operator picks it (跳转类型). */
export const BANNER_LINK_TYPE_LABELS: Readonly<Record<BannerLinkType, string>> = {
  'goods-list': '商品列表',
  'goods-detail': '商品详情',
  category: '分类',
  activity: '活动',
  external: '外部链接',
  'miniprogram-page': '小程序页面',
};

/** How a zone picks its goods (选品方式). */
export const ZONE_STRATEGY_LABELS: Readonly<Record<ZoneStrategy, string>> = {
  manual: '手动',
  'by-discount': '按折扣',
  'by-sales': '按销量',
  'by-category': '按分类',
  'by-tag': '按标签',
};

/** The label of a ledger source: a known rule's name first, then the built-in words, else the raw code. */
export function ledgerSourceLabel(source: string | null | undefined, ruleNames: Readonly<Record<string, string>> = {}): string {
  if (!source) return '';
  return ruleNames[source] ?? LEDGER_SOURCE_LABELS[source] ?? source;
}
