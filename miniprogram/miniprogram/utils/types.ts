/** The CMS shapes come from the shared contract (written into ../contract by scripts/contract.js). */
export type {
  Address,
  AddressInput,
  ApiError,
  Banner,
  Category,
  CheckinResult,
  ExchangeOrder,
  GoodCard,
  GoodDetail,
  LedgerLine,
  LoginResult,
  MallHome,
  OrderStatus,
  Paginated,
  PointsSummary,
  Sku,
  WechatUser,
} from '../contract/index';

/** A Vant component event: `detail` is the value itself (number, string, boolean…). */
export interface VantEvent<T> {
  detail: T;
  currentTarget: { dataset: WechatMiniprogram.IAnyObject };
}
