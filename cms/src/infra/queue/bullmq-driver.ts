import { Queue, Worker, UnrecoverableError, type Job as BullJob, type JobsOptions } from 'bullmq';
import type Redis from 'ioredis';
import { openRedis, pingRedis } from '../redis';
import {
  UnrecoverableJobError,
  type AddOptions,
  type BulkJob,
  type JobHandler,
  type ProcessOptions,
  type QueueCounts,
  type QueueDriver,
  type RepeatOptions,
} from './types';

/**
 * BullMQ driver. Job schedulers (`upsertJobScheduler`) give repeatable jobs that fire once per tick for
 * the whole cluster, whatever the number of CMS instances; the worker limiter is global per queue.
 */
export class BullmqDriver implements QueueDriver {
  readonly kind = 'bullmq' as const;
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];
  private readonly workerConnections: Redis[] = [];
  private readonly connection: Redis;

  constructor(
    redisUrl: string,
    private readonly prefix = 'wedraw',
  ) {
    // BullMQ workers block on Redis; they need maxRetriesPerRequest: null.
    this.connection = openRedis(redisUrl, { maxRetriesPerRequest: null });
  }

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.prefix });
      queue.on('error', () => undefined); // surfaced by health(); ioredis already logs
      this.queues.set(name, queue);
    }
    return queue;
  }

  process<T>(queueName: string, handler: JobHandler<T>, options: ProcessOptions = {}): void {
    const workerConnection = this.connection.duplicate();
    this.workerConnections.push(workerConnection);
    const worker = new Worker(
      queueName,
      async (job: BullJob) => {
        try {
          return await handler({
            id: String(job.id),
            name: job.name,
            data: job.data as T,
            attempt: job.attemptsMade + 1,
            scheduledFor: scheduledFor(job),
          });
        } catch (err) {
          if (err instanceof UnrecoverableJobError) throw new UnrecoverableError(err.message);
          throw err;
        }
      },
      {
        connection: workerConnection,
        prefix: this.prefix,
        concurrency: options.concurrency ?? 1,
        limiter: options.limiter,
        ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs, stalledInterval: options.lockDurationMs } : {}),
      },
    );
    worker.on('error', () => undefined);
    this.workers.push(worker);
  }

  async add<T>(queueName: string, name: string, data: T, options: AddOptions = {}): Promise<{ id: string }> {
    const job = await this.queue(queueName).add(name, data, toBullOptions(options));
    return { id: String(job.id) };
  }

  async addBulk<T>(queueName: string, jobs: Array<BulkJob<T>>): Promise<Array<{ id: string }>> {
    if (jobs.length === 0) return [];
    const added = await this.queue(queueName).addBulk(jobs.map((j) => ({ name: j.name, data: j.data, opts: toBullOptions(j.options ?? {}) })));
    return added.map((job) => ({ id: String(job.id) }));
  }

  async repeat(queueName: string, schedulerId: string, name: string, options: RepeatOptions): Promise<void> {
    if (!options.pattern && !options.every) throw new Error('repeat needs a cron pattern or an interval');
    await this.queue(queueName).upsertJobScheduler(
      schedulerId,
      options.pattern ? { pattern: options.pattern, tz: options.tz ?? 'Asia/Shanghai' } : { every: options.every },
      { name, data: options.data ?? {}, opts: toBullOptions(options) },
    );
  }

  async removeRepeat(queueName: string, schedulerId: string): Promise<void> {
    await this.queue(queueName).removeJobScheduler(schedulerId);
  }

  async counts(queueName: string): Promise<QueueCounts> {
    const c = await this.queue(queueName).getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized');
    return {
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      failed: c.failed ?? 0,
      completed: c.completed ?? 0,
    };
  }

  async health(): Promise<'ok'> {
    if (!(await pingRedis(this.connection))) throw new Error('queue backend (Redis) unreachable');
    return 'ok';
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close()));
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    // BullMQ leaves connections it was given open: close ours.
    for (const c of this.workerConnections) c.disconnect();
    this.connection.disconnect();
  }
}

function toBullOptions(options: AddOptions & RepeatOptions): JobsOptions {
  return {
    attempts: options.attempts ?? 1,
    backoff: options.backoff,
    delay: options.delay,
    jobId: options.jobId,
    removeOnComplete: { age: 24 * 3600, count: 1000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

function scheduledFor(job: BullJob): number {
  const fromId = /^repeat:.+:(\d+)$/.exec(String(job.id));
  if (fromId) return Number(fromId[1]);
  return job.timestamp + (job.opts.delay ?? 0);
}
