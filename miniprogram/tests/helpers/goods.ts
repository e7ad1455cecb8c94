import type { GoodCard, GoodDetail, Paginated } from '../../miniprogram/utils/types';
import { cmsJson } from './phone';

export async function goodDetail(documentId: string): Promise<GoodDetail> {
  return (await cmsJson<{ data: GoodDetail }>(`/goods/${documentId}`)).data;
}

/** The first demo good (in the given order) whose detail satisfies `accept`. */
export async function findGood(accept: (good: GoodDetail) => boolean, sort = 'sales:desc'): Promise<GoodDetail> {
  const list = await cmsJson<Paginated<GoodCard>>(`/goods?pageSize=50&sort=${sort}`);
  for (const card of list.data) {
    const good = await goodDetail(card.documentId);
    if (accept(good)) return good;
  }
  throw new Error('no such good in the demo data');
}

/** A good with several SKUs differing by their first spec. */
export const withSpecs = () => findGood((g) => g.skus.length > 1 && Object.keys(g.skus[0].specs ?? {}).length > 0);
