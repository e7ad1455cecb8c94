import { BANNER_LINK_TYPE_LABELS, LEDGER_TYPE_LABELS, ORDER_STATUS_LABELS, ZONE_STRATEGY_LABELS } from '@wedraw/contract';

/**
 * Chinese labels of the enumeration values an operator picks in the content manager. Strapi's
 * enumeration input shows each option through the translation catalogue with the raw value as its
 * key (falling back to the value itself), so a value's label is an entry of the admin's catalogue.
 * The keys are global: a value that means different things in two types would need renaming first.
 */
export const enumLabels: Record<string, string> = {
  // 首页轮播图 · 跳转类型, 商城专区 · 选品方式 (the words the H5 and the operator guide use)
  ...BANNER_LINK_TYPE_LABELS,
  ...ZONE_STRATEGY_LABELS,
  // Read-only records shown in filters and exports
  ...ORDER_STATUS_LABELS,
  ...LEDGER_TYPE_LABELS,
  // 积分规则 · 计算方式
  fixed: '固定积分',
  ratio: '按消费比例',
  // 自动回复 · 回复类型 / 匹配方式 / 内容类型
  subscribe: '关注回复',
  keyword: '关键词回复',
  default: '默认回复',
  exact: '完全匹配',
  contains: '包含关键词',
  text: '文字',
  image: '图片',
  news: '图文',
  link: '链接',
};
