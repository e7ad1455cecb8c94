import type Redis from 'ioredis';
import { CacheBus } from '../infra/cache/cache-bus';
import { createQueueDriver, type QueueDriver } from '../infra/queue';
import { openRedis } from '../infra/redis';
import { readRuntimeConfig, type RuntimeConfig } from '../infra/runtime';
import { FastRoutes } from './fast-routes';
import { RateLimits, readRateLimitSettings } from './rate-limits';

/**
 * The runtime parts of one CMS instance (DESIGN.md "Runtime parts"), opened in register() and
 * closed in destroy(): Redis (or nothing), the queue driver, the cache bus and the rate limits.
 * Plugins reach them through services (`api::platform.queue`, `api::platform.cache`, ...).
 */
export interface Platform {
  runtime: RuntimeConfig;
  redis: Redis | null;
  queue: QueueDriver;
  cacheBus: CacheBus;
  rateLimits: RateLimits;
  fastRoutes: FastRoutes;
  close(): Promise<void>;
}

let current: Platform | null = null;

export function openPlatform(env: NodeJS.ProcessEnv = process.env): Platform {
  const runtime = readRuntimeConfig(env);
  const redis = runtime.redisUrl ? openRedis(runtime.redisUrl) : null;
  const subscriber = runtime.redisUrl ? openRedis(runtime.redisUrl, { maxRetriesPerRequest: null }) : null;
  const queue = createQueueDriver(runtime.redisUrl, runtime.keyPrefix);
  const cacheBus = new CacheBus(redis, subscriber, runtime.keyPrefix);
  const rateLimits = new RateLimits(readRateLimitSettings(env), redis, runtime.keyPrefix);
  current = {
    runtime,
    redis,
    queue,
    cacheBus,
    rateLimits,
    fastRoutes: new FastRoutes(),
    async close() {
      rateLimits.close();
      await queue.close();
      await cacheBus.close();
      subscriber?.disconnect();
      redis?.disconnect();
      if (current?.redis === redis) current = null;
    },
  };
  return current;
}

export function platform(): Platform {
  if (!current) throw new Error('WeDraw platform is not open (register() has not run)');
  return current;
}
