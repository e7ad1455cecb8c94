import { z } from 'zod';

/**
 * The public answers of `@wedraw/contract` (the H5's and the mini program's types) as zod schemas,
 * for route documentation. The CMS's OpenAPI test generates a client from the document and checks
 * the contract types against it, so these and the contract cannot drift apart.
 */

const specs = z.record(z.string()).describe('规格：规格名 → 规格值，如 {"颜色":"红"}');

export const goodCardShape = z
  .object({
    documentId: z.string(),
    title: z.string(),
    subtitle: z.string(),
    cover: z.string().nullable().describe('封面图 URL'),
    pointsPrice: z.number().int().nullable().describe('最低价 SKU 的积分价；没有 SKU 时为 null'),
    cashPrice: z.number().int().describe('该 SKU 的现金部分（分）'),
    originalPrice: z.number().int().optional().describe('折前积分价，仅折扣商品'),
    sales: z.number().int(),
    isHot: z.boolean(),
    isDiscount: z.boolean(),
    discountRate: z.number().describe('折扣百分比：80 即八折'),
  })
  .describe('商品卡片');

export const skuShape = z.object({
  documentId: z.string(),
  specs,
  pointsPrice: z.number().int(),
  cashPrice: z.number().int(),
  stock: z.number().int(),
});

export const goodDetailShape = goodCardShape
  .extend({
    description: z.string().describe('运营填写的 Markdown'),
    descriptionHtml: z.string().optional().describe('渲染后的安全 HTML'),
    images: z.array(z.string()),
    category: z.object({ documentId: z.string(), name: z.string() }).nullable(),
    skus: z.array(skuShape),
    exchangeLimitPerUser: z.number().int().describe('每人限兑数量，0 为不限'),
  })
  .describe('商品详情');

export const bannerShape = z.object({
  documentId: z.string(),
  title: z.string(),
  image: z.string().nullable(),
  linkType: z.enum(['goods-list', 'goods-detail', 'category', 'activity', 'external', 'miniprogram-page']),
  linkValue: z.string().nullable(),
});

interface CategoryNode {
  documentId: string;
  name: string;
  level?: number;
  icon: string | null;
  children?: CategoryNode[];
}

export const categoryShape: z.ZodType<CategoryNode> = z.lazy(() =>
  z.object({
    documentId: z.string(),
    name: z.string(),
    level: z.number().int().optional(),
    icon: z.string().nullable(),
    children: z.array(categoryShape).optional(),
  }),
);

export const mallHomeShape = z.object({
  banners: z.array(bannerShape),
  zones: z.array(z.object({ code: z.string(), name: z.string(), goods: z.array(goodCardShape) })),
  categories: z.array(categoryShape),
});

export const loginResultShape = z.object({
  jwt: z.string().describe('users-permissions JWT：之后放在 Authorization: Bearer 中'),
  user: z.object({ id: z.number().int(), username: z.string(), nickname: z.string().nullable(), avatar: z.string().nullable() }),
});

export const pointsSummaryShape = z.object({
  balance: z.number().int(),
  totalEarned: z.number().int(),
  totalSpent: z.number().int(),
  totalExpired: z.number().int(),
  expiring: z.object({ points: z.number().int(), at: z.string() }).nullable().describe('最近一批将过期的积分'),
  checkedInToday: z.boolean(),
  streak: z.number().int(),
});

export const ledgerLineShape = z.object({
  id: z.number().int(),
  delta: z.number().int(),
  balanceAfter: z.number().int(),
  type: z.enum(['earn', 'spend', 'expire', 'refund', 'adjust']),
  source: z.string().nullable(),
  remark: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
});

export const checkinResultShape = z.object({ points: z.number().int(), streak: z.number().int(), balance: z.number().int() });

const addressFields = {
  receiver: z.string(),
  phone: z.string(),
  // Optional when the address is written: null when it was left out.
  province: z.string().nullable(),
  city: z.string().nullable(),
  district: z.string().nullable(),
  detail: z.string(),
};

export const addressShape = z.object({ documentId: z.string(), ...addressFields, isDefault: z.boolean() });

export const orderStatusShape = z.enum(['pending_review', 'to_ship', 'shipped', 'completed', 'cancelled']);

export const exchangeOrderShape = z.object({
  orderNo: z.string(),
  status: orderStatusShape,
  lines: z.array(
    z.object({ sku: z.string(), good: z.string(), title: z.string(), specs: specs.nullable(), quantity: z.number().int(), pointsPrice: z.number().int() }),
  ),
  totalPoints: z.number().int(),
  address: z.object(addressFields).partial().nullable().describe('下单时的地址快照'),
  shipping: z.object({ carrier: z.string().optional(), trackingNo: z.string().optional() }).nullable(),
  createdAt: z.string(),
  history: z.array(z.object({ status: orderStatusShape, at: z.string() })),
});
