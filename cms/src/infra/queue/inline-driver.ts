import { randomUUID } from 'crypto';
import { Cron } from 'croner';
import {
  UnrecoverableJobError,
  type AddOptions,
  type BulkJob,
  type Job,
  type JobHandler,
  type ProcessOptions,
  type QueueCounts,
  type QueueDriver,
  type RepeatOptions,
} from './types';

interface PendingJob {
  job: Job;
  attempts: number;
  backoff?: AddOptions['backoff'];
  runAt: number;
}

interface LocalQueue {
  handler?: JobHandler<any>;
  options: ProcessOptions;
  ready: PendingJob[];
  timers: Set<NodeJS.Timeout>;
  active: number;
  startedInWindow: number[];
  knownIds: Set<string>;
  counts: QueueCounts;
}

/**
 * In-process driver for development without Redis: same semantics as the BullMQ driver (retries with
 * backoff, delays, rate limit, repeatable jobs) inside one process. Production refuses to use it.
 */
export class InlineDriver implements QueueDriver {
  readonly kind = 'inline' as const;
  private readonly queues = new Map<string, LocalQueue>();
  private readonly schedulers = new Map<string, { stop(): void }>();
  private closed = false;

  private queue(name: string): LocalQueue {
    let q = this.queues.get(name);
    if (!q) {
      q = {
        options: {},
        ready: [],
        timers: new Set(),
        active: 0,
        startedInWindow: [],
        knownIds: new Set(),
        counts: { waiting: 0, active: 0, delayed: 0, failed: 0, completed: 0 },
      };
      this.queues.set(name, q);
    }
    return q;
  }

  process<T>(queueName: string, handler: JobHandler<T>, options: ProcessOptions = {}): void {
    const q = this.queue(queueName);
    q.handler = handler as JobHandler<any>;
    q.options = options;
    this.drain(queueName);
  }

  async add<T>(queueName: string, name: string, data: T, options: AddOptions = {}): Promise<{ id: string }> {
    return this.addJob(queueName, name, data, options);
  }

  /** Queues a job; `tick` is the schedule time a repeatable job stands for (several late ticks may be queued in one millisecond). */
  private addJob<T>(queueName: string, name: string, data: T, options: AddOptions, tick?: number): { id: string } {
    const q = this.queue(queueName);
    const id = options.jobId ?? randomUUID();
    if (q.knownIds.has(id)) return { id };
    q.knownIds.add(id);
    const runAt = Date.now() + (options.delay ?? 0);
    this.enqueue(queueName, {
      job: { id, name, data, attempt: 1, scheduledFor: tick ?? runAt },
      attempts: options.attempts ?? 1,
      backoff: options.backoff,
      runAt,
    });
    return { id };
  }

  async addBulk<T>(queueName: string, jobs: Array<BulkJob<T>>): Promise<Array<{ id: string }>> {
    const ids: Array<{ id: string }> = [];
    for (const j of jobs) ids.push(await this.add(queueName, j.name, j.data, j.options));
    return ids;
  }

  async repeat(queueName: string, schedulerId: string, name: string, options: RepeatOptions): Promise<void> {
    if (!options.pattern && !options.every) throw new Error('repeat needs a cron pattern or an interval');
    await this.removeRepeat(queueName, schedulerId);
    const fire = (tick: number) =>
      this.addJob(queueName, name, options.data ?? {}, { jobId: `repeat:${schedulerId}:${tick}`, attempts: options.attempts, backoff: options.backoff }, tick);
    if (options.pattern) {
      const cron = new Cron(options.pattern, { timezone: options.tz ?? 'Asia/Shanghai' }, (self: Cron) => {
        fire(self.currentRun()?.getTime() ?? Date.now());
      });
      this.schedulers.set(`${queueName}:${schedulerId}`, { stop: () => cron.stop() });
    } else {
      const every = options.every as number;
      let next = Math.ceil(Date.now() / every) * every;
      const timer = setInterval(
        () => {
          while (next <= Date.now()) {
            fire(next);
            next += every;
          }
        },
        Math.min(every, 1000),
      );
      this.schedulers.set(`${queueName}:${schedulerId}`, { stop: () => clearInterval(timer) });
    }
  }

  async removeRepeat(queueName: string, schedulerId: string): Promise<void> {
    const key = `${queueName}:${schedulerId}`;
    this.schedulers.get(key)?.stop();
    this.schedulers.delete(key);
  }

  async counts(queueName: string): Promise<QueueCounts> {
    return { ...this.queue(queueName).counts };
  }

  async health(): Promise<'inline'> {
    return 'inline';
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.schedulers.values()) s.stop();
    this.schedulers.clear();
    for (const q of this.queues.values()) for (const t of q.timers) clearTimeout(t);
  }

  private enqueue(queueName: string, pending: PendingJob): void {
    const q = this.queue(queueName);
    const wait = pending.runAt - Date.now();
    if (wait <= 0) {
      q.ready.push(pending);
      q.counts.waiting++;
      this.drain(queueName);
      return;
    }
    q.counts.delayed++;
    const timer = setTimeout(() => {
      q.timers.delete(timer);
      q.counts.delayed--;
      q.ready.push(pending);
      q.counts.waiting++;
      this.drain(queueName);
    }, wait);
    q.timers.add(timer);
  }

  private drain(queueName: string): void {
    const q = this.queue(queueName);
    if (this.closed || !q.handler) return;
    const concurrency = q.options.concurrency ?? 1;
    while (q.ready.length > 0 && q.active < concurrency) {
      const waitForLimit = this.limiterWait(q);
      if (waitForLimit > 0) {
        const timer = setTimeout(() => {
          q.timers.delete(timer);
          this.drain(queueName);
        }, waitForLimit);
        q.timers.add(timer);
        return;
      }
      const pending = q.ready.shift() as PendingJob;
      q.counts.waiting--;
      void this.run(queueName, q, pending);
    }
  }

  /** Milliseconds to wait before the limiter allows another start (0 = go). */
  private limiterWait(q: LocalQueue): number {
    const limiter = q.options.limiter;
    if (!limiter) return 0;
    const now = Date.now();
    q.startedInWindow = q.startedInWindow.filter((t) => now - t < limiter.duration);
    if (q.startedInWindow.length < limiter.max) {
      q.startedInWindow.push(now);
      return 0;
    }
    return limiter.duration - (now - q.startedInWindow[0]) + 1;
  }

  private async run(queueName: string, q: LocalQueue, pending: PendingJob): Promise<void> {
    q.active++;
    q.counts.active++;
    try {
      await (q.handler as JobHandler<any>)(pending.job);
      q.counts.completed++;
    } catch (err) {
      const final = err instanceof UnrecoverableJobError || pending.job.attempt >= pending.attempts;
      if (final) {
        q.counts.failed++;
        console.warn(`[queue:${queueName}] job ${pending.job.name} ${pending.job.id} failed: ${(err as Error).message}`);
      } else {
        const base = pending.backoff?.delay ?? 0;
        const delay = pending.backoff?.type === 'exponential' ? base * 2 ** (pending.job.attempt - 1) : base;
        this.enqueue(queueName, {
          ...pending,
          job: { ...pending.job, attempt: pending.job.attempt + 1 },
          runAt: Date.now() + delay,
        });
      }
    } finally {
      q.active--;
      q.counts.active--;
      this.drain(queueName);
    }
  }
}
