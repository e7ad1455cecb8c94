import { describe, expect, test } from 'vitest';
import {
  addressText,
  discountText,
  formatDate,
  formatFen,
  formatTime,
  LEDGER_TYPE_LABELS,
  ledgerTypeLabel,
  ORDER_STATUS_LABELS,
  ORDER_STATUSES,
  orderStatusLabel,
  pointsPriceText,
  signed,
  specsText,
} from '../src';

describe('formatting', () => {
  test('fen to yuan, points with their cash part, signed changes, discounts', () => {
    expect(formatFen(990)).toBe('9.90');
    expect(formatFen(0)).toBe('0.00');
    expect(pointsPriceText(120)).toBe('120 积分');
    expect(pointsPriceText(120, 990)).toBe('120 积分 + ¥9.90');
    expect(pointsPriceText(null)).toBe('暂无报价');
    expect(signed(5)).toBe('+5');
    expect(signed(-5)).toBe('-5');
    expect(signed(0)).toBe('0');
    expect(discountText(80)).toBe('8折');
    expect(discountText(85)).toBe('8.5折');
  });

  test('times are shown in Asia/Shanghai whatever the zone of the device', () => {
    expect(formatTime('2026-11-22T16:30:00.000Z')).toBe('2026-11-23 00:30');
    expect(formatDate('2026-11-22T16:30:00.000Z')).toBe('2026-11-23');
    expect(formatTime(null)).toBe('');
    expect(formatTime('not a date')).toBe('');
  });

  test('specs and addresses', () => {
    expect(specsText({ 颜色: '黑', 尺码: 'M' })).toBe('颜色：黑，尺码：M');
    expect(specsText({})).toBe('');
    expect(addressText({ province: '广东省', city: '深圳市', district: '', detail: '科技园 1 号' })).toBe('广东省 深圳市 科技园 1 号');
  });

  test('every order status and ledger type has a Chinese label; unknown values pass through', () => {
    expect(Object.keys(ORDER_STATUS_LABELS)).toEqual([...ORDER_STATUSES]);
    expect(LEDGER_TYPE_LABELS.spend).toBe('消费');
    expect(orderStatusLabel('to_ship')).toBe('待发货');
    expect(orderStatusLabel('lost')).toBe('lost');
    expect(ledgerTypeLabel('refund')).toBe('退还');
  });
});

describe('operator labels', () => {
  test('banner link types, zone strategies and ledger sources read in Chinese', async () => {
    const { BANNER_LINK_TYPE_LABELS, ZONE_STRATEGY_LABELS, ledgerSourceLabel } = await import('../src');
    expect(BANNER_LINK_TYPE_LABELS['goods-list']).toBe('商品列表');
    expect(ZONE_STRATEGY_LABELS['by-tag']).toBe('按标签');
    expect(ledgerSourceLabel('adjust')).toBe('人工调整');
    expect(ledgerSourceLabel('checkin')).toBe('每日签到');
    // A rule's own name wins; an unknown code shows as it is rather than vanishing.
    expect(ledgerSourceLabel('checkin', { checkin: '签到' })).toBe('签到');
    expect(ledgerSourceLabel('wecom-join')).toBe('wecom-join');
    expect(ledgerSourceLabel(null)).toBe('');
  });
});
