/**
 * The queue module's one interface. Two drivers implement it: BullMQ on Redis (production, CI) and an
 * in-process runner (development without Redis). Plugins reach it through `strapi.service('api::platform.queue')`.
 */
export interface Job<T = unknown> {
  id: string;
  name: string;
  data: T;
  /** 1 on the first attempt, 2 on the first retry, ... */
  attempt: number;
  /** When the job was scheduled to run (repeatable jobs: the tick this run belongs to). */
  scheduledFor: number;
}

export type JobHandler<T = unknown> = (job: Job<T>) => Promise<unknown> | unknown;

export interface Backoff {
  type: 'fixed' | 'exponential';
  /** Milliseconds before the first retry; exponential doubles it every time. */
  delay: number;
}

export interface AddOptions {
  /** Total attempts including the first one (default 1: no retry). */
  attempts?: number;
  backoff?: Backoff;
  /** Run no earlier than this many milliseconds from now. */
  delay?: number;
  /** A job id that makes adding idempotent: a second add with the same id is ignored. */
  jobId?: string;
}

export interface BulkJob<T = unknown> {
  name: string;
  data: T;
  options?: AddOptions;
}

export interface ProcessOptions {
  concurrency?: number;
  /** At most `max` jobs started per `duration` milliseconds, across every worker of the queue. */
  limiter?: { max: number; duration: number };
  /** How long a running job stays owned by its worker without a heartbeat: a killed worker's jobs run again elsewhere after this (BullMQ lock, default 30 s). */
  lockDurationMs?: number;
}

export interface RepeatOptions {
  /** Cron pattern (seconds optional), e.g. "0 3 * * *". */
  pattern?: string;
  /** Or a fixed interval in milliseconds. */
  every?: number;
  /** Time zone for the cron pattern (default Asia/Shanghai: business days are Chinese days). */
  tz?: string;
  data?: unknown;
  attempts?: number;
  backoff?: Backoff;
}

/** A job that will not succeed by retrying (bad input, a WeChat errcode that is final). */
export class UnrecoverableJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnrecoverableJobError';
  }
}

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
}

export interface QueueDriver {
  readonly kind: 'bullmq' | 'inline';
  /** Register the handler of a queue. Call once per queue per process. */
  process<T>(queue: string, handler: JobHandler<T>, options?: ProcessOptions): void;
  add<T>(queue: string, name: string, data: T, options?: AddOptions): Promise<{ id: string }>;
  /** Many jobs in one round trip (same semantics as `add` for each, jobId idempotency included). */
  addBulk<T>(queue: string, jobs: Array<BulkJob<T>>): Promise<Array<{ id: string }>>;
  /** A repeatable job that fires once per tick across the whole cluster (idempotent: same id, same schedule). */
  repeat(queue: string, schedulerId: string, name: string, options: RepeatOptions): Promise<void>;
  removeRepeat(queue: string, schedulerId: string): Promise<void>;
  counts(queue: string): Promise<QueueCounts>;
  /** 'ok' | 'inline' for /health; throws when the backend is unreachable. */
  health(): Promise<'ok' | 'inline'>;
  close(): Promise<void>;
}
