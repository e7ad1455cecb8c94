import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

interface CategorySeed {
  name: string;
  sort?: number;
  children?: CategorySeed[];
}

interface MallSeed {
  categories: CategorySeed[];
  goods: Array<{
    title: string;
    subtitle?: string;
    category: string;
    image: string;
    description?: string;
    isHot?: boolean;
    isDiscount?: boolean;
    discountRate?: number;
    sortWeight?: number;
    tags?: string[];
    exchangeLimitPerUser?: number;
    skus: Array<{ code: string; specs: Record<string, string>; pointsPrice: number; cashPrice: number; stock: number; sales: number }>;
  }>;
  banners: Array<{ title: string; image: string; linkType: string; linkValue: string; goods?: string[]; sort: number }>;
  zones: Array<{ name: string; code: string; strategy: string; goods?: string[]; tag?: string; homepageCount: number; sort: number }>;
}

export interface SeedReport {
  created: Record<string, number>;
  skipped: Record<string, number>;
}

/**
 * Loads database/seed/mall.json and its images through Strapi's own services (upload, documents),
 * so the write rules apply. Safe to run twice: each record is found by its natural key first
 * (category path, good title, SKU code, banner title, zone code, image name) and left alone if present.
 */
export async function seedMall(strapi: Core.Strapi, seedDir: string): Promise<SeedReport> {
  const data = JSON.parse(fs.readFileSync(path.join(seedDir, 'mall.json'), 'utf8')) as MallSeed;
  const report: SeedReport = { created: {}, skipped: {} };
  const count = (kind: 'created' | 'skipped', what: string) => {
    report[kind][what] = (report[kind][what] ?? 0) + 1;
  };
  const docs = (uid: string) => strapi.documents(uid as any) as any;

  const imageIds = new Map<string, number>();
  async function image(name: string): Promise<number> {
    const known = imageIds.get(name);
    if (known) return known;
    const existing = await strapi.db.query('plugin::upload.file').findOne({ where: { name } });
    if (existing) {
      imageIds.set(name, existing.id);
      count('skipped', 'image');
      return existing.id;
    }
    const filepath = path.join(seedDir, 'images', name);
    const [file] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name, alternativeText: name } },
        files: { filepath, originalFilename: name, mimetype: 'image/png', size: fs.statSync(filepath).size },
      });
    imageIds.set(name, file.id);
    count('created', 'image');
    return file.id;
  }

  const categoryIds = new Map<string, string>();
  async function categories(nodes: CategorySeed[], parentPath: string | null, parentDocumentId: string | null) {
    for (const node of nodes) {
      const fullPath = parentPath ? `${parentPath}/${node.name}` : node.name;
      const existing = await strapi.db.query('api::category.category').findOne({
        where: { name: node.name, parent: parentDocumentId ? { documentId: parentDocumentId } : { id: { $null: true } } },
      });
      let documentId = existing?.documentId;
      if (!documentId) {
        documentId = (await docs('api::category.category').create({ data: { name: node.name, sort: node.sort ?? 0, parent: parentDocumentId } })).documentId;
        count('created', 'category');
      } else count('skipped', 'category');
      categoryIds.set(fullPath, documentId as string);
      await categories(node.children ?? [], fullPath, documentId as string);
    }
  }
  await categories(data.categories, null, null);

  const goodIds = new Map<string, string>();
  for (const good of data.goods) {
    const existing = await strapi.db.query('api::good.good').findOne({ where: { title: good.title } });
    let documentId = existing?.documentId;
    if (!documentId) {
      const { skus: _skus, image: imageName, category, ...fields } = good;
      const cover = await image(imageName);
      const created = await docs('api::good.good').create({
        data: { ...fields, category: categoryIds.get(category), cover, images: [cover] },
      });
      documentId = created.documentId;
      count('created', 'good');
    } else count('skipped', 'good');
    goodIds.set(good.title, documentId as string);
    for (const sku of good.skus) {
      if (await strapi.db.query('api::sku.sku').findOne({ where: { code: sku.code } })) {
        count('skipped', 'sku');
        continue;
      }
      await docs('api::sku.sku').create({ data: { ...sku, good: documentId } });
      count('created', 'sku');
    }
  }

  for (const banner of data.banners) {
    if (await strapi.db.query('api::banner.banner').findOne({ where: { title: banner.title } })) {
      count('skipped', 'banner');
      continue;
    }
    const linkValue = banner.linkType === 'category' ? (categoryIds.get(banner.linkValue) ?? banner.linkValue) : banner.linkValue;
    await docs('api::banner.banner').create({
      data: { ...banner, linkValue, image: await image(banner.image), goods: (banner.goods ?? []).map((t) => goodIds.get(t)) },
    });
    count('created', 'banner');
  }

  for (const zone of data.zones) {
    if (await strapi.db.query('api::zone.zone').findOne({ where: { code: zone.code } })) {
      count('skipped', 'zone');
      continue;
    }
    await docs('api::zone.zone').create({ data: { ...zone, goods: (zone.goods ?? []).map((t) => goodIds.get(t)) } });
    count('created', 'zone');
  }
  return report;
}
