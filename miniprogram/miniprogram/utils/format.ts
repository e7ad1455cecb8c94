import type { OrderStatus } from './types';

export const ORDER_STATUS: Record<OrderStatus, string> = {
  pending_review: '待审核',
  to_ship: '待发货',
  shipped: '已发货',
  completed: '已完成',
  cancelled: '已取消',
};

export const CANCELLABLE: OrderStatus[] = ['pending_review', 'to_ship'];

/** {"颜色":"红","尺码":"L"} → "红 / L" */
export function specText(specs: Record<string, string> | null | undefined): string {
  return Object.values(specs ?? {}).join(' / ');
}

export function dateText(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function addressText(a: { province?: string; city?: string; district?: string; detail?: string }): string {
  return [a.province, a.city, a.district, a.detail].filter(Boolean).join(' ');
}
