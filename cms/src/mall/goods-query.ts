import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { CategoryTree } from './category-tree';
import { columnName, joinTable, tableName } from './schema-names';

export const GOOD_UID = 'api::good.good';
export const SKU_UID = 'api::sku.sku';
export const ZONE_UID = 'api::zone.zone';

export type GoodsSort = 'sales:desc' | 'pointsPrice:asc' | 'pointsPrice:desc' | 'newest';

export interface ZoneRule {
  id: number;
  strategy: 'manual' | 'by-discount' | 'by-sales' | 'by-category' | 'by-tag';
  categoryId: number | null;
  tag: string | null;
}

export interface GoodsFilter {
  /** Category ids to include (a category and its descendants). */
  categoryIds?: number[];
  zone?: ZoneRule;
  q?: string;
  sort?: GoodsSort;
  /** Use the zone's own order when no sort is given. */
  zoneOrder?: boolean;
}

/**
 * The on-shelf goods a visitor may see, filtered and sorted in SQL (lowest SKU price and total sales
 * are aggregates, which the query engine cannot order by), returning one page of good ids in order.
 */
export async function queryGoodIds(
  strapi: Core.Strapi,
  tree: CategoryTree,
  filter: GoodsFilter,
  page: { offset: number; limit: number },
): Promise<{ ids: number[]; total: number }> {
  const knex = strapi.db.connection;
  const g = tableName(strapi, GOOD_UID);
  const col = (attr: string) => `g.${columnName(strapi, GOOD_UID, attr)}`;
  const skuLink = joinTable(strapi, SKU_UID, 'good');
  const catLink = joinTable(strapi, GOOD_UID, 'category');

  const skuStats = knex(`${tableName(strapi, SKU_UID)} as s`)
    .join(`${skuLink.name} as sl`, `sl.${skuLink.ownerColumn}`, 's.id')
    .groupBy(`sl.${skuLink.targetColumn}`)
    .select(`sl.${skuLink.targetColumn} as good_id`)
    .min({ min_price: `s.${columnName(strapi, SKU_UID, 'pointsPrice')}` })
    .sum({ total_sales: `s.${columnName(strapi, SKU_UID, 'sales')}` });

  const visible = [...tree.visibleIds()];
  const wanted = filter.categoryIds ? filter.categoryIds.filter((id) => tree.visibleIds().has(id)) : visible;

  const query = knex(`${g} as g`)
    .join(skuStats.as('st'), 'st.good_id', 'g.id')
    .join(`${catLink.name} as gc`, `gc.${catLink.ownerColumn}`, 'g.id')
    .where(col('onShelf'), true)
    .whereIn(`gc.${catLink.targetColumn}`, wanted.length ? wanted : [-1]);

  if (filter.q) whereLike(query, col('title'), filter.q);

  const orderBy: Array<{ column: string; order: 'asc' | 'desc' }> = [];
  if (filter.zone) applyZone(strapi, knex, query, tree, filter.zone, orderBy, col);

  const total = Number(((await query.clone().clearSelect().count({ n: 'g.id' }).first()) as { n: number | string })?.n ?? 0);

  const sortOrder = sortColumns(filter.sort, col);
  const finalOrder = filter.sort || !filter.zoneOrder || orderBy.length === 0 ? sortOrder : orderBy;
  for (const o of finalOrder) query.orderBy(o.column, o.order);
  query.orderBy('g.id', 'desc');

  const rows = (await query.select('g.id').offset(page.offset).limit(page.limit)) as Array<{ id: number }>;
  return { ids: rows.map((r) => Number(r.id)), total };
}

function sortColumns(sort: GoodsSort | undefined, col: (attr: string) => string) {
  switch (sort) {
    case 'sales:desc':
      return [{ column: 'st.total_sales', order: 'desc' as const }];
    case 'pointsPrice:asc':
      return [{ column: 'st.min_price', order: 'asc' as const }];
    case 'pointsPrice:desc':
      return [{ column: 'st.min_price', order: 'desc' as const }];
    case 'newest':
      return [{ column: col('createdAt'), order: 'desc' as const }];
    default:
      return [{ column: col('sortWeight'), order: 'desc' as const }];
  }
}

function applyZone(
  strapi: Core.Strapi,
  knex: Knex,
  query: Knex.QueryBuilder,
  tree: CategoryTree,
  zone: ZoneRule,
  orderBy: Array<{ column: string; order: 'asc' | 'desc' }>,
  col: (attr: string) => string,
): void {
  switch (zone.strategy) {
    case 'manual': {
      const link = joinTable(strapi, ZONE_UID, 'goods');
      query.join(`${link.name} as zg`, function joinZone() {
        this.on(`zg.${link.targetColumn}`, '=', 'g.id').andOn(`zg.${link.ownerColumn}`, '=', knex.raw('?', [zone.id]));
      });
      if (link.orderColumn) orderBy.push({ column: `zg.${link.orderColumn}`, order: 'asc' });
      return;
    }
    case 'by-discount':
      query.where(col('isDiscount'), true);
      orderBy.push({ column: col('discountRate'), order: 'asc' }, { column: col('sortWeight'), order: 'desc' });
      return;
    case 'by-sales':
      orderBy.push({ column: 'st.total_sales', order: 'desc' });
      return;
    case 'by-category':
      query.whereIn(`gc.${joinTable(strapi, GOOD_UID, 'category').targetColumn}`, zone.categoryId ? tree.descendantIds(zone.categoryId) : [-1]);
      orderBy.push({ column: col('sortWeight'), order: 'desc' });
      return;
    case 'by-tag':
      // tags is a JSON array of strings; matching the quoted string works on MySQL, MariaDB and SQLite.
      whereLike(query, col('tags'), JSON.stringify(zone.tag ?? ''));
      orderBy.push({ column: col('sortWeight'), order: 'desc' });
      return;
  }
}

/** `column LIKE %needle%` with the needle's wildcards escaped (explicit ESCAPE: SQLite has no default). */
function whereLike(query: Knex.QueryBuilder, column: string, needle: string): void {
  const escaped = needle.replace(/[!%_]/g, (c) => `!${c}`);
  query.whereRaw(`?? like ? escape '!'`, [column, `%${escaped}%`]);
}
