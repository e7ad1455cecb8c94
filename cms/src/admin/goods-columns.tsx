import { Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';

const GOOD = 'api::good.good';
const SKU = 'api::sku.sku';

interface SkuSummary {
  skus: number;
  minPoints: number | null;
  maxPoints: number | null;
  stock: number;
}

/** 积分价 (lowest–highest over the good's SKUs, the lowest is what the mall shows) and 库存 (their sum). */
export function summarize(skus: Array<{ pointsPrice?: number | null; stock?: number | null }>): SkuSummary {
  const prices = skus.map((s) => s.pointsPrice).filter((p): p is number => typeof p === 'number');
  return {
    skus: skus.length,
    minPoints: prices.length ? Math.min(...prices) : null,
    maxPoints: prices.length ? Math.max(...prices) : null,
    stock: skus.reduce((sum, s) => sum + (s.stock ?? 0), 0),
  };
}

// Both columns of a row read one request; a list opened again a few seconds later reads afresh.
const cache = new Map<string, { at: number; summary: Promise<SkuSummary> }>();
const FRESH_MS = 5000;

function useSkuSummary(documentId: string): SkuSummary | null {
  const { get } = useFetchClient();
  const [summary, setSummary] = useState<SkuSummary | null>(null);
  useEffect(() => {
    let alive = true;
    let entry = cache.get(documentId);
    if (!entry || Date.now() - entry.at > FRESH_MS) {
      const request = get(`/content-manager/collection-types/${SKU}`, {
        params: { page: 1, pageSize: 100, filters: { good: { documentId: { $eq: documentId } } } },
      }).then((res: any) => summarize(res.data?.results ?? []));
      entry = { at: Date.now(), summary: request };
      cache.set(documentId, entry);
      request.catch(() => cache.delete(documentId));
    }
    entry.summary.then((s) => alive && setSummary(s)).catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [documentId, get]);
  return summary;
}

const PointsCell = ({ documentId }: { documentId: string }) => {
  const s = useSkuSummary(documentId);
  if (!s) return <Typography textColor="neutral500">…</Typography>;
  if (s.minPoints === null) return <Typography textColor="danger600">无 SKU</Typography>;
  return <Typography>{s.minPoints === s.maxPoints ? s.minPoints : `${s.minPoints}–${s.maxPoints}`}</Typography>;
};

const StockCell = ({ documentId }: { documentId: string }) => {
  const s = useSkuSummary(documentId);
  if (!s) return <Typography textColor="neutral500">…</Typography>;
  return <Typography textColor={s.skus > 0 && s.stock === 0 ? 'danger600' : undefined}>{s.skus ? s.stock : '—'}</Typography>;
};

const column = (name: string, label: string, Cell: typeof PointsCell) => ({
  attribute: { type: 'integer' },
  label: { id: `wedraw.goods.list.${name}`, defaultMessage: label },
  name,
  searchable: false,
  sortable: false,
  cellFormatter: (row: { documentId: string }) => <Cell documentId={row.documentId} />,
});

/**
 * The goods list shows each good's price and stock, which live on its SKUs: two columns injected
 * through the content manager's list hook, only on the goods list.
 */
export function addGoodsColumns<T extends { displayedHeaders: any[]; layout: unknown }>(args: T): T {
  const path = typeof window === 'undefined' ? '' : decodeURIComponent(window.location.pathname);
  if (!path.endsWith(`/collection-types/${GOOD}`)) return args;
  return { ...args, displayedHeaders: [...args.displayedHeaders, column('pointsPrice', '积分价', PointsCell), column('stock', '库存', StockCell)] };
}
