import type { Core } from '@strapi/strapi';
import type { BuiltValue } from '../infra/cache/snapshot-cache';
import { createCatalog } from './catalog';
import { mediaUrl, type MediaFile } from './media';

export const BANNER_UID = 'api::banner.banner';

interface BannerRecord {
  documentId: string;
  title: string;
  image: MediaFile | null;
  linkType: string;
  linkValue: string | null;
  startAt: string | null;
  endAt: string | null;
  goods?: Array<{ documentId: string }>;
}

/**
 * The mall home of API.md: banners live now, zones with their first goods, level-1 categories.
 * Also says until when it is true: the next moment a banner's time window opens or closes.
 */
export async function buildHome(strapi: Core.Strapi, now = new Date()): Promise<BuiltValue> {
  const catalog = createCatalog(strapi);
  const tree = await catalog.loadCategoryTree();
  const banners = (await strapi.db.query(BANNER_UID).findMany({
    where: { enabled: true },
    orderBy: [{ sort: 'asc' }, { id: 'asc' }],
    populate: { image: true, goods: { select: ['documentId'] } },
  })) as BannerRecord[];

  const t = now.getTime();
  const live = banners.filter((b) => (!b.startAt || Date.parse(b.startAt) <= t) && (!b.endAt || Date.parse(b.endAt) > t));
  const boundaries = banners
    .flatMap((b) => [b.startAt, b.endAt])
    .filter((v): v is string => Boolean(v))
    .map((v) => Date.parse(v))
    .filter((v) => v > t);

  const value = {
    data: {
      banners: live.map((b) => ({
        documentId: b.documentId,
        title: b.title,
        image: mediaUrl(strapi, b.image),
        linkType: b.linkType,
        linkValue: b.linkValue ?? '',
        goods: (b.goods ?? []).map((g) => g.documentId),
      })),
      zones: await catalog.homeZones(tree),
      categories: tree.toPublicTree().map(({ children: _children, ...category }) => category),
    },
  };
  return { value, validUntil: boundaries.length ? Math.min(...boundaries) : undefined };
}
