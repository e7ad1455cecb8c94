import type { Core } from '@strapi/strapi';
import type Redis from 'ioredis';
import { memoryKv, redisKv, TokenStore, type Kv } from '@wedraw/wechat-protocol';

/**
 * Shared state of the plugin: Redis through the platform when configured (every instance sees the
 * same tokens, locks, leases and de-duplication keys), process memory in development.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let kv: Kv | null = null;
  let tokens: TokenStore | null = null;
  return {
    kv(): Kv {
      if (!kv) {
        const runtime = strapi.service('api::platform.runtime');
        const redis = runtime.redis() as Redis | null;
        kv = redis ? redisKv(redis, `${runtime.keyPrefix()}wecom:`) : memoryKv();
      }
      return kv;
    },
    tokens(): TokenStore {
      if (!tokens) tokens = new TokenStore(this.kv());
      return tokens;
    },
  };
};
