import type Redis from 'ioredis';
import { memoryKv, redisKv, type Kv } from './kv';
import { TokenStore } from './token-store';

/** Where a plugin's shared state lives: the platform's Redis (null in development) and its key prefix. */
export interface StateRuntime {
  redis(): Redis | null;
  keyPrefix(): string;
}

export interface SharedState {
  kv(): Kv;
  tokens(): TokenStore;
}

/**
 * A plugin's shared state under its own namespace: Redis when the platform has it (every instance
 * sees the same tokens, locks, leases and de-duplication keys), process memory otherwise. Built on
 * first use, so the runtime is read after it has connected.
 */
export function sharedState(runtime: () => StateRuntime, namespace: string): SharedState {
  let kv: Kv | null = null;
  let tokens: TokenStore | null = null;
  return {
    kv(): Kv {
      if (!kv) {
        const r = runtime();
        const redis = r.redis();
        kv = redis ? redisKv(redis, `${r.keyPrefix()}${namespace}:`) : memoryKv();
      }
      return kv;
    },
    tokens(): TokenStore {
      if (!tokens) tokens = new TokenStore(this.kv());
      return tokens;
    },
  };
}
