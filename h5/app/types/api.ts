/** Shapes of the CMS routes the H5 consumes (shared/API.md). */

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface Paginated<T> {
  data: T[];
  meta: { pagination: Pagination } & Record<string, unknown>;
}

export interface GoodCard {
  documentId: string;
  title: string;
  subtitle: string;
  cover: string | null;
  pointsPrice: number | null;
  cashPrice: number;
  originalPrice?: number;
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

export type BannerLinkType = 'goods-list' | 'goods-detail' | 'category' | 'activity' | 'external' | 'miniprogram-page';

export interface Banner {
  documentId: string;
  title: string;
  image: string | null;
  linkType: BannerLinkType;
  linkValue: string | null;
}

export interface Category {
  documentId: string;
  name: string;
  level?: number;
  icon: string | null;
  children?: Category[];
}

export interface HomeZone {
  code: string;
  name: string;
  goods: GoodCard[];
}

export interface MallHome {
  banners: Banner[];
  zones: HomeZone[];
  categories: Category[];
}

export interface WechatUser {
  id: number;
  username: string;
  nickname: string | null;
  avatar: string | null;
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
  type: 'earn' | 'spend' | 'expire' | 'refund' | 'adjust';
  source: string | null;
  remark: string | null;
  createdAt: string;
  expiresAt: string | null;
}

export interface CheckinResult {
  points: number;
  streak: number;
  balance: number;
}

export type OrderStatus = 'pending_review' | 'to_ship' | 'shipped' | 'completed' | 'cancelled';

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

export interface ExchangeOrder {
  orderNo: string;
  status: OrderStatus;
  lines: Array<{ sku: string; good: string; title: string; specs: Record<string, string>; quantity: number; pointsPrice: number }>;
  totalPoints: number;
  address: Partial<AddressInput> | null;
  shipping: { carrier?: string; trackingNo?: string } | null;
  createdAt: string;
  history: Array<{ status: OrderStatus; at: string }>;
}

/** Strapi's error envelope, reduced to what the UI shows. */
export interface ApiError {
  status: number;
  name: string;
  message: string;
}
