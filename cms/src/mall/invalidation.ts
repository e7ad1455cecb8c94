import type { Core } from '@strapi/strapi';

export const HOME_SOURCES = ['api::banner.banner', 'api::zone.zone', 'api::good.good', 'api::sku.sku', 'api::category.category'];

/** Run `fn` once the current transaction commits (at once when there is none). */
export async function afterCommit(strapi: Core.Strapi, fn: () => void): Promise<void> {
  if (!strapi.db.inTransaction()) return fn();
  await strapi.db.transaction(async ({ onCommit }) => {
    onCommit(fn);
  });
}

/**
 * Any write to what the home shows refreshes the home cache on every instance, after the write
 * commits (so no instance rebuilds from data that is about to change). DB lifecycles see every
 * write path: the admin, the REST API, services and the query engine.
 */
export function invalidateHomeOnWrites(strapi: Core.Strapi): void {
  const cache = strapi.service('api::platform.cache') as { invalidate(name: string): Promise<void> };
  const invalidate = () =>
    afterCommit(strapi, () => {
      cache.invalidate('home').catch((err: Error) => strapi.log.warn(`[cache] home invalidation failed: ${err.message}`));
    });
  strapi.db.lifecycles.subscribe({
    models: HOME_SOURCES,
    afterCreate: invalidate,
    afterUpdate: invalidate,
    afterDelete: invalidate,
    afterCreateMany: invalidate,
    afterUpdateMany: invalidate,
    afterDeleteMany: invalidate,
  } as any);
}
