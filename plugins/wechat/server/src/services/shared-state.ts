import type { Core } from '@strapi/strapi';
import type Redis from 'ioredis';
import { memoryKv, redisKv, TokenStore, type Kv } from '@wedraw/wechat-protocol';

/**
 * Shared state of the plugin: Redis through the platform when configured (every instance sees the
 * same tokens, locks and de-duplication keys), process memory in development.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let kv: Kv | null = null;
  let tokens: TokenStore | null = null;
  return {
    kv(): Kv {
      if (!kv) {
        const redis = strapi.service('api::platform.runtime').redis() as Redis | null;
        const prefix = `${strapi.service('api::platform.runtime').keyPrefix()}wechat:`;
        kv = redis ? redisKv(redis, prefix) : memoryKv();
      }
      return kv;
    },
    tokens(): TokenStore {
      if (!tokens) tokens = new TokenStore(this.kv());
      return tokens;
    },
  };
};
