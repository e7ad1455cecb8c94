import { request } from './request';
import type {
  Address,
  AddressInput,
  Category,
  CheckinResult,
  ExchangeOrder,
  GoodCard,
  GoodDetail,
  LedgerLine,
  MallHome,
  Paginated,
  PointsSummary,
} from './types';

type Data<T> = { data: T };
const unwrap = <T>(p: Promise<Data<T>>) => p.then((r) => r.data);

export function query(params: Record<string, string | number | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

export const mall = {
  home: () => unwrap(request<Data<MallHome>>('/mall/home')),
  categories: () => unwrap(request<Data<Category[]>>('/categories/tree')),
  goods: (params: Record<string, string | number | undefined>) => request<Paginated<GoodCard>>(`/goods${query(params)}`),
  good: (documentId: string) => unwrap(request<Data<GoodDetail>>(`/goods/${documentId}`)),
};

export const points = {
  me: () => unwrap(request<Data<PointsSummary>>('/points/me', { auth: true })),
  ledger: (page = 1) => request<Paginated<LedgerLine>>(`/points/me/transactions${query({ page, pageSize: 20 })}`, { auth: true }),
  checkin: () => unwrap(request<Data<CheckinResult>>('/points/checkin', { method: 'POST', auth: true })),
};

export interface ExchangeInput {
  sku: string;
  quantity: number;
  address?: string;
  idempotencyKey: string;
}

export const orders = {
  create: (input: ExchangeInput) => unwrap(request<Data<ExchangeOrder>>('/points/exchanges', { method: 'POST', data: input, auth: true })),
  list: (status?: string) => request<Paginated<ExchangeOrder>>(`/points/exchanges${query({ status, pageSize: 50 })}`, { auth: true }),
  cancel: (orderNo: string) => unwrap(request<Data<ExchangeOrder>>(`/points/exchanges/${orderNo}/cancel`, { method: 'POST', auth: true })),
};

export const addresses = {
  list: () => unwrap(request<Data<Address[]>>('/addresses', { auth: true })),
  create: (input: AddressInput) => unwrap(request<Data<Address>>('/addresses', { method: 'POST', data: input, auth: true })),
  remove: (documentId: string) => request<unknown>(`/addresses/${documentId}`, { method: 'DELETE', auth: true }),
};

/** WeChat Pay (API.md "Pay"): the merchant a code opens, the user's pay orders, the staff's store. */
export interface PayOrder {
  orderNo: string;
  status: 'pending' | 'paid' | 'closed' | 'refunding' | 'refunded' | 'partially_refunded';
  amount: number;
  merchant: { code: string; name: string };
  createdAt: string;
  points: { awarded: number; clawedBack: number; note: string | null };
  payParams?: { appId: string; timeStamp: string; nonceStr: string; package: string; signType: 'RSA'; paySign: string };
}
export interface PayMerchant {
  code: string;
  name: string;
  logo: string | null;
  status: 'open' | 'closed';
  payCode: { code: string; amount: number | null } | null;
}
export interface StoreSummary {
  merchant: { code: string; name: string };
  date: string;
  count: number;
  amount: number;
  refunds: number;
}

export const pay = {
  merchant: (code: string, payCode?: string) => unwrap(request<Data<PayMerchant>>(`/pay/merchants/${encodeURIComponent(code)}${query({ payCode })}`)),
  create: (input: { merchant: string; amount: number; payCode?: string; idempotencyKey: string }) =>
    unwrap(request<Data<PayOrder>>('/pay/orders', { method: 'POST', data: { ...input, channel: 'miniprogram' }, auth: true })),
  order: (orderNo: string) => unwrap(request<Data<PayOrder>>(`/pay/orders/${orderNo}`, { auth: true })),
  storeOrders: () => request<Paginated<PayOrder>>('/pay/merchant/orders?pageSize=50', { auth: true, silent: true }),
  storeSummary: () => unwrap(request<Data<StoreSummary>>('/pay/merchant/summary', { auth: true, silent: true })),
};
