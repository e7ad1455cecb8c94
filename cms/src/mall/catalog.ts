import type { Core } from '@strapi/strapi';
import { notFound, pageWindow, paginationMeta, type Pagination } from '@wedraw/kit';
import { GOOD_CARD_POPULATE, GOOD_DETAIL_POPULATE, toGoodCard, toGoodDetail, type GoodRecord } from './cards';
import { cachedCategoryTree } from './categories';
import type { CategoryTree } from './category-tree';
import { GOOD_UID, ZONE_UID, queryGoodIds, type GoodsSort, type ZoneRule } from './goods-query';

export interface GoodsListQuery {
  category?: string;
  zone?: string;
  q?: string;
  sort?: GoodsSort;
}

interface ZoneRecord {
  id: number;
  code: string;
  name: string;
  strategy: ZoneRule['strategy'];
  tag: string | null;
  homepageCount: number | null;
  enabled: boolean | null;
  category: { id: number } | null;
}

/** The public catalogue: lists, zones and details shaped as API.md's GoodCard / GoodDetail. */
export function createCatalog(strapi: Core.Strapi) {
  async function cardsByIds(ids: number[]) {
    if (ids.length === 0) return [];
    const goods = (await strapi.db.query(GOOD_UID).findMany({
      where: { id: { $in: ids } },
      populate: GOOD_CARD_POPULATE as any,
    })) as GoodRecord[];
    const byId = new Map(goods.map((g) => [g.id, g]));
    return ids
      .map((id) => byId.get(id))
      .filter((g): g is GoodRecord => Boolean(g))
      .map((g) => toGoodCard(strapi, g));
  }

  async function findZone(code: string, { enabledOnly = true } = {}): Promise<ZoneRecord | null> {
    const zone = (await strapi.db.query(ZONE_UID).findOne({
      where: { code },
      populate: { category: { select: ['id'] } },
    })) as ZoneRecord | null;
    if (!zone || (enabledOnly && zone.enabled === false)) return null;
    return zone;
  }

  function zoneRule(zone: ZoneRecord): ZoneRule {
    return { id: zone.id, strategy: zone.strategy ?? 'manual', categoryId: zone.category?.id ?? null, tag: zone.tag };
  }

  async function zoneCards(tree: CategoryTree, zone: ZoneRecord, limit: number) {
    const { ids } = await queryGoodIds(strapi, tree, { zone: zoneRule(zone), zoneOrder: true }, { offset: 0, limit });
    return cardsByIds(ids);
  }

  return {
    loadCategoryTree: () => cachedCategoryTree(strapi),

    async list(query: GoodsListQuery, page: Pagination) {
      const tree = await cachedCategoryTree(strapi);
      let categoryIds: number[] | undefined;
      if (query.category) {
        const category = tree.findByDocumentId(query.category);
        categoryIds = category ? tree.descendantIds(category.id) : [];
      }
      let zone: ZoneRule | undefined;
      if (query.zone) {
        const found = await findZone(query.zone);
        if (!found) return { data: [], meta: paginationMeta(page, 0) };
        zone = zoneRule(found);
      }
      const { ids, total } = await queryGoodIds(strapi, tree, { categoryIds, zone, q: query.q, sort: query.sort, zoneOrder: Boolean(zone) }, pageWindow(page));
      return { data: await cardsByIds(ids), meta: paginationMeta(page, total) };
    },

    async zoneGoods(code: string, page: Pagination, sort?: GoodsSort) {
      const zone = await findZone(code);
      if (!zone) throw notFound('专区不存在或已停用');
      const tree = await cachedCategoryTree(strapi);
      const { ids, total } = await queryGoodIds(strapi, tree, { zone: zoneRule(zone), sort, zoneOrder: true }, pageWindow(page));
      return { data: await cardsByIds(ids), meta: { ...paginationMeta(page, total), zone: { code: zone.code, name: zone.name } } };
    },

    async detail(documentId: string) {
      const good = (await strapi.db.query(GOOD_UID).findOne({
        where: { documentId, onShelf: true },
        populate: GOOD_DETAIL_POPULATE as any,
      })) as GoodRecord | null;
      if (!good) throw notFound('商品不存在或已下架');
      return toGoodDetail(strapi, good);
    },

    /** Enabled zones in order, each with its first `homepageCount` goods (for the home page). */
    async homeZones(tree: CategoryTree) {
      const zones = (await strapi.db.query(ZONE_UID).findMany({
        where: { enabled: true },
        orderBy: [{ sort: 'asc' }, { id: 'asc' }],
        populate: { category: { select: ['id'] } },
      })) as ZoneRecord[];
      return Promise.all(
        zones.map(async (zone) => ({
          code: zone.code,
          name: zone.name,
          goods: await zoneCards(tree, zone, zone.homepageCount ?? 3),
        })),
      );
    },
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
