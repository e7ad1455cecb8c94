import { platform } from '../../../platform';

/**
 * Shared runtime parts for plugins: `strapi.service('api::platform.runtime')`.
 * `redis()` is the shared ioredis client, or null in development without Redis (use memory then).
 */
export default () => ({
  redis() {
    return platform().redis;
  },
  redisUrl() {
    return platform().runtime.redisUrl;
  },
  /** This installation's prefix of every Redis key (`REDIS_KEY_PREFIX`, default `wedraw:`). */
  keyPrefix() {
    return platform().runtime.keyPrefix;
  },
  rateLimits() {
    return platform().rateLimits;
  },
});
