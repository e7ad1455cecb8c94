import type { Core } from '@strapi/strapi';

/**
 * The columns of the content manager's lists for the mall types. Strapi's default is the first four
 * fields, which for goods leaves out what an operator scans for (on shelf or not; price and stock
 * come from the SKUs and are added in the admin, src/admin/goods-columns.tsx). Enumerations stay
 * out of lists: a list cell shows the raw value, the edit form shows its label.
 */
export const LIST_LAYOUTS: Record<string, string[]> = {
  'api::good.good': ['id', 'title', 'cover', 'category', 'onShelf', 'isHot', 'sortWeight'],
  'api::sku.sku': ['id', 'good', 'code', 'pointsPrice', 'stock', 'sales'],
  'api::category.category': ['id', 'name', 'parent', 'level', 'sort', 'enabled'],
  'api::banner.banner': ['id', 'title', 'image', 'sort', 'enabled', 'startAt', 'endAt', 'clicks'],
  'api::zone.zone': ['id', 'name', 'code', 'homepageCount', 'sort', 'enabled'],
};

/** Bump when LIST_LAYOUTS changes: a database gets the new columns once, then keeps an operator's own. */
export const LIST_LAYOUTS_VERSION = 1;
const STORE = { type: 'plugin', name: 'wedraw', key: 'admin-list-layouts' } as const;

export async function applyListLayouts(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: STORE.type, name: STORE.name });
  const applied = Number((await store.get({ key: STORE.key })) ?? 0);
  if (applied >= LIST_LAYOUTS_VERSION) return;
  const contentTypes = strapi.plugin('content-manager').service('content-types') as any;
  for (const [uid, list] of Object.entries(LIST_LAYOUTS)) {
    const contentType = contentTypes.findContentType(uid);
    if (!contentType) continue;
    const { uid: _uid, ...configuration } = await contentTypes.findConfiguration(contentType);
    configuration.layouts = { ...configuration.layouts, list: list.filter((name) => name === 'id' || name in contentType.attributes) };
    await contentTypes.updateConfiguration(contentType, configuration);
  }
  await store.set({ key: STORE.key, value: LIST_LAYOUTS_VERSION });
}
