/**
 * Display helpers shared by every client: money in fen, points, times in Asia/Shanghai (the
 * mall's calendar, whatever the device's zone), specs and addresses.
 */
import type { AddressFields, Specs } from './types';

/** 990 → "9.90" (yuan, two decimals). */
export function formatFen(fen: number): string {
  return (fen / 100).toFixed(2);
}

/** 1200 → "1200 积分"; with a cash part in fen: "1200 积分 + ¥9.90". */
export function pointsPriceText(points: number | null, cashFen = 0): string {
  if (points === null) return '暂无报价';
  return cashFen > 0 ? `${points} 积分 + ¥${formatFen(cashFen)}` : `${points} 积分`;
}

/** A points change with its sign: 5 → "+5", -5 → "-5". */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** discountRate is a percent of the original price: 80 → "8折", 85 → "8.5折". */
export function discountText(rate: number): string {
  return `${Number((rate / 10).toFixed(1))}折`;
}

// China has kept UTC+8 without daylight saving since 1991: a fixed offset is exact, and it needs
// no time-zone data (some mini program engines have none).
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

/** ISO time → "2026-11-23 00:30" in Asia/Shanghai; "" when absent or unreadable. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** ISO time → "2026-11-23" in Asia/Shanghai. */
export function formatDate(iso: string | null | undefined): string {
  return formatTime(iso).slice(0, 10);
}

/** {"颜色":"黑","尺码":"M"} → "颜色：黑，尺码：M" ("" without specs). */
export function specsText(specs: Specs | null | undefined): string {
  return Object.entries(specs ?? {})
    .map(([k, v]) => `${k}：${v}`)
    .join('，');
}

/** "广东省 深圳市 南山区 科技园 1 号" */
export function addressText(a: Partial<AddressFields> | null | undefined): string {
  if (!a) return '';
  return [a.province, a.city, a.district, a.detail].filter(Boolean).join(' ');
}
