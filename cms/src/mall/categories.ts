import type { Core } from '@strapi/strapi';
import { CategoryTree, type CategoryRow } from './category-tree';
import { mediaUrl, type MediaFile } from './media';

export const CATEGORY_UID = 'api::category.category';

interface CategoryRecord {
  id: number;
  documentId: string;
  name: string;
  sort: number | null;
  enabled: boolean | null;
  parent: { id: number } | null;
  icon: MediaFile | null;
}

let memo: { tree: Promise<CategoryTree>; until: number } | null = null;

/** Forget the in-memory tree (any mall write, on every instance, through the cache bus). */
export function forgetCategoryTree(): void {
  memo = null;
}

/**
 * The category tree for public reads, kept in memory between mall writes (at most 30 s): every
 * goods list needs it and it changes rarely. Write rules read the database directly.
 */
export function cachedCategoryTree(strapi: Core.Strapi): Promise<CategoryTree> {
  if (!memo || memo.until < Date.now()) {
    const tree = loadCategoryTree(strapi);
    memo = { tree, until: Date.now() + 30_000 };
    tree.catch(() => forgetCategoryTree());
  }
  return memo.tree;
}

export async function loadCategoryTree(strapi: Core.Strapi): Promise<CategoryTree> {
  const records = (await strapi.db.query(CATEGORY_UID).findMany({
    select: ['id', 'documentId', 'name', 'sort', 'enabled'],
    populate: { parent: { select: ['id'] }, icon: true },
  })) as CategoryRecord[];
  const rows: CategoryRow[] = records.map((r) => ({
    id: r.id,
    documentId: r.documentId,
    name: r.name,
    parentId: r.parent?.id ?? null,
    sort: r.sort ?? 0,
    enabled: r.enabled !== false,
    iconUrl: mediaUrl(strapi, r.icon),
  }));
  return new CategoryTree(rows);
}
