import type { Core } from '@strapi/strapi';
import { GOOD, SKU } from '../util/uids';

export interface SkuRow {
  id: number;
  documentId: string;
  specs: Record<string, unknown> | null;
  pointsPrice: number;
  stock: number;
  sales: number;
  good: { id: number; documentId: string; title: string; onShelf: boolean; exchangeLimitPerUser: number } | null;
}

type Meta = {
  tableName: string;
  attributes: Record<string, { columnName?: string; joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } }>;
};

/**
 * A SKU with the few fields of its good an exchange needs, in ONE query (the query engine's
 * populate would take two). Table and column names come from Strapi's metadata.
 */
export function skuLookup(strapi: Core.Strapi) {
  const sku = strapi.db.metadata.get(SKU) as unknown as Meta;
  const good = strapi.db.metadata.get(GOOD) as unknown as Meta;
  const link = sku.attributes.good!.joinTable!;
  const col = (meta: Meta, attr: string) => meta.attributes[attr]?.columnName ?? attr;
  const s = (attr: string) => `s.${col(sku, attr)}`;
  const g = (attr: string) => `g.${col(good, attr)}`;

  return async function loadSku(documentId: string): Promise<SkuRow | null> {
    const row = await strapi.db
      .connection(`${sku.tableName} as s`)
      .leftJoin(`${link.name} as l`, `l.${link.joinColumn.name}`, 's.id')
      .leftJoin(`${good.tableName} as g`, 'g.id', `l.${link.inverseJoinColumn.name}`)
      .where(s('documentId'), documentId)
      .first(
        's.id as id',
        `${s('documentId')} as documentId`,
        `${s('specs')} as specs`,
        `${s('pointsPrice')} as pointsPrice`,
        `${s('stock')} as stock`,
        `${s('sales')} as sales`,
        'g.id as goodId',
        `${g('documentId')} as goodDocumentId`,
        `${g('title')} as title`,
        `${g('onShelf')} as onShelf`,
        `${g('exchangeLimitPerUser')} as exchangeLimitPerUser`,
      );
    if (!row) return null;
    const specs = typeof row.specs === 'string' ? JSON.parse(row.specs) : (row.specs ?? null);
    return {
      id: Number(row.id),
      documentId: row.documentId,
      specs,
      pointsPrice: Number(row.pointsPrice),
      stock: Number(row.stock),
      sales: Number(row.sales ?? 0),
      good:
        row.goodId == null
          ? null
          : {
              id: Number(row.goodId),
              documentId: row.goodDocumentId,
              title: row.title,
              onShelf: Boolean(row.onShelf),
              exchangeLimitPerUser: Number(row.exchangeLimitPerUser ?? 0),
            },
    };
  };
}
