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
  rateLimits() {
    return platform().rateLimits;
  },
});
