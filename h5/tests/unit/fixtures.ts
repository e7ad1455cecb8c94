import type { GoodCard, GoodDetail, Paginated, Sku } from '@wedraw/contract';

export function sku(documentId: string, specs: Record<string, string>, stock = 5, pointsPrice = 100): Sku {
  return { documentId, specs, pointsPrice, cashPrice: 0, stock };
}

export function card(over: Partial<GoodCard> = {}): GoodCard {
  return {
    documentId: 'g1',
    title: '保温杯',
    subtitle: '',
    cover: null,
    pointsPrice: 100,
    cashPrice: 0,
    sales: 3,
    isHot: false,
    isDiscount: false,
    discountRate: 100,
    ...over,
  };
}

export function detail(skus: Sku[], over: Partial<GoodDetail> = {}): GoodDetail {
  return { ...card(), description: '', images: [], category: null, skus, exchangeLimitPerUser: 0, ...over };
}

export function page<T>(data: T[], page: number, pageCount: number, total = data.length): Paginated<T> {
  return { data, meta: { pagination: { page, pageSize: data.length, pageCount, total } } };
}
