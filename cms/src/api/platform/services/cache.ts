import { SnapshotCache, type BuiltValue } from '../../../infra/cache/snapshot-cache';
import { platform } from '../../../platform';

/**
 * Shared snapshot caches as a Strapi service: `strapi.service('api::platform.cache')`.
 * Register a named snapshot with its builder; `invalidate(name)` refreshes it on every instance.
 */
export default () => ({
  register(name: string, build: () => Promise<BuiltValue>, ttlMs = 60_000) {
    const { cacheBus, redis, runtime } = platform();
    return cacheBus.register(new SnapshotCache({ name, build, ttlMs, redis, keyPrefix: runtime.keyPrefix }));
  },

  get(name: string) {
    return platform().cacheBus.get(name);
  },

  invalidate(name: string) {
    return platform().cacheBus.invalidate(name);
  },
});
