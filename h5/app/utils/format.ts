/** Display helpers: money in fen, times in Asia/Shanghai, order statuses and ledger types in Chinese. */
import type { LedgerLine, OrderStatus } from '~/types/api';

export function formatFen(fen: number): string {
  return (fen / 100).toFixed(2);
}

const SHANGHAI = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const parts = Object.fromEntries(SHANGHAI.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

export function formatDate(iso: string | null | undefined): string {
  return formatTime(iso).slice(0, 10);
}

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending_review: '待审核',
  to_ship: '待发货',
  shipped: '已发货',
  completed: '已完成',
  cancelled: '已取消',
};

export const CANCELLABLE: OrderStatus[] = ['pending_review', 'to_ship'];

export const LEDGER_TYPE_LABELS: Record<LedgerLine['type'], string> = {
  earn: '获得',
  spend: '兑换',
  expire: '过期',
  refund: '退回',
  adjust: '调整',
};

export function specsText(specs: Record<string, string> | null | undefined): string {
  return Object.entries(specs ?? {})
    .map(([k, v]) => `${k}：${v}`)
    .join('，');
}

export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
