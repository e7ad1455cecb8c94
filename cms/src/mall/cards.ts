import type { Core } from '@strapi/strapi';
import { descriptionHtml } from './description';
import { mediaUrl, type MediaFile } from './media';

/** A good as loaded for the public API (query engine row with its relations). */
export interface GoodRecord {
  id: number;
  documentId: string;
  title: string;
  subtitle: string | null;
  description?: string | null;
  cover: MediaFile | null;
  images?: MediaFile[] | null;
  category?: { documentId: string; name: string } | null;
  isHot: boolean | null;
  isDiscount: boolean | null;
  discountRate: number | null;
  exchangeLimitPerUser?: number | null;
  skus: SkuRecord[];
}

export interface SkuRecord {
  id: number;
  documentId: string;
  specs: Record<string, string> | null;
  pointsPrice: number;
  cashPrice: number | null;
  stock: number | null;
  sales: number | null;
}

export const GOOD_CARD_POPULATE = {
  cover: true,
  images: true,
  skus: { select: ['id', 'documentId', 'specs', 'pointsPrice', 'cashPrice', 'stock', 'sales'] },
} as const;

export const GOOD_DETAIL_POPULATE = {
  ...GOOD_CARD_POPULATE,
  category: { select: ['documentId', 'name'] },
} as const;

/** GoodCard of API.md. pointsPrice is the lowest SKU's, cashPrice that SKU's; originalPrice on discounts. */
export function toGoodCard(strapi: Core.Strapi, good: GoodRecord) {
  const cheapest = [...(good.skus ?? [])].sort((a, b) => a.pointsPrice - b.pointsPrice || (a.cashPrice ?? 0) - (b.cashPrice ?? 0))[0];
  const pointsPrice = cheapest?.pointsPrice ?? null;
  const discountRate = good.discountRate ?? 100;
  const discounted = Boolean(good.isDiscount) && discountRate > 0 && discountRate < 100;
  return {
    documentId: good.documentId,
    title: good.title,
    subtitle: good.subtitle ?? '',
    cover: mediaUrl(strapi, good.cover ?? good.images?.[0]),
    pointsPrice,
    cashPrice: cheapest?.cashPrice ?? 0,
    ...(discounted && pointsPrice !== null ? { originalPrice: Math.round((pointsPrice * 100) / discountRate) } : {}),
    sales: (good.skus ?? []).reduce((sum, sku) => sum + (sku.sales ?? 0), 0),
    isHot: Boolean(good.isHot),
    isDiscount: Boolean(good.isDiscount),
    discountRate,
  };
}

/** GoodDetail of API.md: the card plus description (Markdown, and rendered to safe HTML), images, category and SKUs. */
export function toGoodDetail(strapi: Core.Strapi, good: GoodRecord) {
  return {
    ...toGoodCard(strapi, good),
    description: good.description ?? '',
    descriptionHtml: descriptionHtml(good.description),
    images: (good.images ?? []).map((file) => mediaUrl(strapi, file)).filter(Boolean),
    category: good.category ? { documentId: good.category.documentId, name: good.category.name } : null,
    skus: [...(good.skus ?? [])]
      .sort((a, b) => a.id - b.id)
      .map((sku) => ({
        documentId: sku.documentId,
        specs: sku.specs ?? {},
        pointsPrice: sku.pointsPrice,
        cashPrice: sku.cashPrice ?? 0,
        stock: sku.stock ?? 0,
      })),
    exchangeLimitPerUser: good.exchangeLimitPerUser ?? 0,
  };
}
