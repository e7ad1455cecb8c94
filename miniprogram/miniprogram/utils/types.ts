/** Shapes of the CMS routes the mini program consumes (shared/API.md). */

export interface Paginated<T> {
  data: T[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

export interface GoodCard {
  documentId: string;
  title: string;
  subtitle: string;
  cover: string | null;
  pointsPrice: number | null;
  cashPrice: number;
  sales: number;
  isHot: boolean;
  isDiscount: boolean;
  discountRate: number;
}

export interface Sku {
  documentId: string;
  specs: Record<string, string>;
  pointsPrice: number;
  cashPrice: number;
  stock: number;
}

export interface GoodDetail extends GoodCard {
  description: string;
  images: string[];
  category: { documentId: string; name: string } | null;
  skus: Sku[];
  exchangeLimitPerUser: number;
}

export interface Banner {
  documentId: string;
  title: string;
  image: string | null;
  linkType: string;
  linkValue: string | null;
}

export interface Category {
  documentId: string;
  name: string;
  icon: string | null;
  children?: Category[];
}

export interface MallHome {
  banners: Banner[];
  zones: Array<{ code: string; name: string; goods: GoodCard[] }>;
  categories: Category[];
}

export interface PointsSummary {
  balance: number;
  totalEarned: number;
  totalSpent: number;
  totalExpired: number;
  expiring: { points: number; at: string } | null;
  checkedInToday: boolean;
  streak: number;
}

export interface LedgerLine {
  id: number;
  delta: number;
  balanceAfter: number;
  type: string;
  source: string | null;
  remark: string | null;
  createdAt: string;
}

export interface CheckinResult {
  points: number;
  streak: number;
  balance: number;
}

export interface AddressInput {
  receiver: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  detail: string;
  isDefault?: boolean;
}

export interface Address extends AddressInput {
  documentId: string;
  isDefault: boolean;
}

export type OrderStatus = 'pending_review' | 'to_ship' | 'shipped' | 'completed' | 'cancelled';

export interface ExchangeOrder {
  orderNo: string;
  status: OrderStatus;
  lines: Array<{ sku: string; good: string; title: string; specs: Record<string, string>; quantity: number; pointsPrice: number }>;
  totalPoints: number;
  createdAt: string;
}

export interface ApiError {
  status: number;
  name: string;
  message: string;
}

/** A Vant component event: `detail` is the value itself (number, string, boolean…). */
export interface VantEvent<T> {
  detail: T;
  currentTarget: { dataset: WechatMiniprogram.IAnyObject };
}
