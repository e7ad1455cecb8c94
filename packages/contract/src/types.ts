/**
 * The shapes of the public HTTP routes (docs: the API contract). A route may gain fields; these
 * names never change. Optional fields are the ones a route leaves out when they do not apply.
 */

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

/** Strapi's error envelope, reduced to what a client shows. */
export interface ApiError {
  status: number;
  name: string;
  message: string;
}

export interface GoodCard {
  documentId: string;
  title: string;
  subtitle: string;
  cover: string | null;
  /** The lowest SKU's points price; null when the good has no SKU. */
  pointsPrice: number | null;
  /** That SKU's cash part, in fen. */
  cashPrice: number;
  /** The points price before the discount; present only on discounted goods. */
  originalPrice?: number;
  sales: number;
  isHot: boolean;
  isDiscount: boolean;
  /** Percent of the original price: 80 is 八折. */
  discountRate: number;
}

export type Specs = Record<string, string>;

export interface Sku {
  documentId: string;
  specs: Specs;
  pointsPrice: number;
  cashPrice: number;
  stock: number;
}

export interface GoodDetail extends GoodCard {
  /** The operator's text, in Markdown. */
  description: string;
  /** The description rendered to safe HTML (no scripts, no event attributes, http(s) links only). */
  descriptionHtml?: string;
  images: string[];
  category: { documentId: string; name: string } | null;
  skus: Sku[];
  /** 0: no limit. */
  exchangeLimitPerUser: number;
}

export type BannerLinkType = 'goods-list' | 'goods-detail' | 'category' | 'activity' | 'external' | 'miniprogram-page';

/** How a mall zone picks its goods. */
export type ZoneStrategy = 'manual' | 'by-discount' | 'by-sales' | 'by-category' | 'by-tag';

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

export interface LoginResult {
  jwt: string;
  user: WechatUser;
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

export type LedgerType = 'earn' | 'spend' | 'expire' | 'refund' | 'adjust';

/** One line of `/api/points/me/transactions`. */
export interface LedgerLine {
  id: number;
  delta: number;
  balanceAfter: number;
  type: LedgerType;
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

export interface AddressInput {
  receiver: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  detail: string;
  isDefault?: boolean;
}

/** An address as answered: the region fields are null when they were left out. */
export interface AddressFields extends Omit<AddressInput, 'province' | 'city' | 'district' | 'isDefault'> {
  province: string | null;
  city: string | null;
  district: string | null;
}

export interface Address extends AddressFields {
  documentId: string;
  isDefault: boolean;
}

export type OrderStatus = 'pending_review' | 'to_ship' | 'shipped' | 'completed' | 'cancelled';

export interface ExchangeOrderLine {
  sku: string;
  good: string;
  title: string;
  /** Null for a SKU without specs. */
  specs: Specs | null;
  quantity: number;
  pointsPrice: number;
}

export interface ExchangeOrder {
  orderNo: string;
  status: OrderStatus;
  lines: ExchangeOrderLine[];
  totalPoints: number;
  /** The address as it was when the order was placed. */
  address: Partial<AddressFields> | null;
  shipping: { carrier?: string; trackingNo?: string } | null;
  createdAt: string;
  history: Array<{ status: OrderStatus; at: string }>;
}
