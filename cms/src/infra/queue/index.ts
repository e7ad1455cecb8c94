import { BullmqDriver } from './bullmq-driver';
import { InlineDriver } from './inline-driver';
import type { QueueDriver } from './types';

export * from './types';

/** BullMQ when Redis is configured, the in-process runner otherwise (development only). */
export function createQueueDriver(redisUrl: string | null, keyPrefix = 'wedraw:'): QueueDriver {
  return redisUrl ? new BullmqDriver(redisUrl, keyPrefix.replace(/:$/, '')) : new InlineDriver();
}

export { BullmqDriver, InlineDriver };
