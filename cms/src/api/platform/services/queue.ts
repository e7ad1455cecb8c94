import type { Core } from '@strapi/strapi';
import { platform } from '../../../platform';
import type { AddOptions, BulkJob, JobHandler, ProcessOptions, RepeatOptions } from '../../../infra/queue';

const definedQueues = new Set<string>();

/** Names of the queues with a handler in this process (for /metrics). */
export function knownQueues(): string[] {
  return [...definedQueues];
}

/**
 * The queue module as a Strapi service: `strapi.service('api::platform.queue')`.
 * BullMQ on Redis, or the in-process runner in development; the same calls either way.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  get kind() {
    return platform().queue.kind;
  },

  /** Register the handler of a queue (once per process). Throw UnrecoverableJobError to stop retries. */
  define<T>(queue: string, handler: JobHandler<T>, options?: ProcessOptions) {
    definedQueues.add(queue);
    platform().queue.process(queue, handler, options);
  },

  add<T>(queue: string, name: string, data: T, options?: AddOptions) {
    return platform().queue.add(queue, name, data, options);
  },

  /** Many jobs in one round trip (BullMQ `addBulk`); each keeps its own options and jobId. */
  addBulk<T>(queue: string, jobs: Array<BulkJob<T>>) {
    return platform().queue.addBulk(queue, jobs);
  },

  /** A cron or interval job that fires once per tick across every instance. Never blocks boot. */
  repeat(queue: string, schedulerId: string, name: string, options: RepeatOptions) {
    return platform()
      .queue.repeat(queue, schedulerId, name, options)
      .catch((err: Error) => {
        strapi.log.warn(`[queue] could not schedule ${queue}/${schedulerId}: ${err.message}`);
        throw err;
      });
  },

  removeRepeat(queue: string, schedulerId: string) {
    return platform().queue.removeRepeat(queue, schedulerId);
  },

  /** Queues with a handler in this process. */
  names: () => knownQueues(),

  counts(queue: string) {
    return platform().queue.counts(queue);
  },
});
