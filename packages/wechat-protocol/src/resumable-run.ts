import type { Kv } from './kv';
import { HELD_ELSEWHERE, withLease } from './lease';

export type RunStatus = 'queued' | 'running' | 'completed' | 'failed';

/** One failed attempt, as the admin's RunErrors shows it. */
export interface RunError {
  at: string;
  attempt: number;
  errcode: number | null;
  message: string;
}

/** The columns every resumable run has; a sync adds its own checkpoint and counters. */
export interface RunRow {
  id: number;
  documentId: string;
  status: RunStatus;
  trigger: string | null;
  resumes: number | null;
  errors: RunError[] | null;
  startedAt: string | null;
  heartbeatAt: string | null;
  finishedAt: string | null;
  createdAt: string;
  updatedAt?: string;
}

/** The part of Strapi's query engine a run store uses. */
interface RunQuery {
  findOne(params: unknown): Promise<unknown>;
  findMany(params: unknown): Promise<unknown>;
  count(params: unknown): Promise<number>;
  create(params: unknown): Promise<unknown>;
  update(params: unknown): Promise<unknown>;
}
export interface RunQueue {
  add(queue: string, name: string, data: unknown, options?: unknown): Promise<unknown>;
}
interface Page {
  page: number;
  pageSize: number;
}

export interface ResumableRunOptions<Row extends RunRow> {
  /** The run table (`strapi.db.query(uid)`). */
  runs: () => RunQuery;
  queue: () => RunQueue;
  kv: () => Kv;
  /** Queue and job names; the job id is `<jobPrefix>-<documentId>-<resumes>`. */
  queueName: string;
  jobName: string;
  jobPrefix: string;
  /** What a run belongs to (`appId`, `corpId`): one open run per owner. */
  ownerField: keyof Row & string;
  /** Lease and attempts, read at use (plugin config). */
  leaseMs: () => number;
  attempts: () => number;
  /** A queued run nobody picked up for this long counts as lost and may be resumed (0: a queued run may always be). */
  queuedStaleMs?: number;
  /** "该…的同步正在进行中" — said when an operator resumes a run that is alive. */
  inProgressMessage: string;
  /** The sync itself, from the run's checkpoint; it writes its own progress. */
  execute: (run: Row) => Promise<void>;
  /** An error as recorded on the run (errcode and a readable message). */
  describeError: (err: unknown) => { errcode: number | null; message: string };
  /** The fields a new run starts with besides owner, status, trigger and errors. */
  initial?: Record<string, unknown>;
  /** Kit errors, passed in so that this package needs no Strapi. */
  errors: { notFound: (message: string) => Error; business: (name: string, message: string) => Error };
}

const MAX_ERRORS = 20;

/**
 * A full sync as a queued, resumable run (fans of an Official Account, a corp's contacts): one run
 * row holds the status, checkpoint and errors; a queue job works it under a lease (one worker per
 * run across instances, a dead worker's lease lapses); a failed attempt is recorded and retried by
 * the queue from the checkpoint; an operator can resume a run that stopped. The sync's own steps
 * (what to read, what the checkpoint is) stay in the plugin.
 */
export function resumableRuns<Row extends RunRow>(o: ResumableRunOptions<Row>) {
  const leaseKey = (id: number) => `${o.jobPrefix}:lease:${id}`;
  const load = async (id: number) => (await o.runs().findOne({ where: { id } })) as Row | null;
  const update = async (id: number, data: Partial<Row>) => (await o.runs().update({ where: { id }, data })) as Row;

  async function isLive(run: Row): Promise<boolean> {
    if (run.status !== 'running' && run.status !== 'queued') return false;
    if (await o.kv().get(leaseKey(run.id))) return true;
    const stale = o.queuedStaleMs ?? 0;
    return run.status === 'queued' && stale > 0 && Date.now() - new Date(run.updatedAt ?? run.createdAt).getTime() < stale;
  }

  /** The job id names the run by its random document id: a recreated database never meets an old run's job. */
  async function enqueue(run: Row): Promise<void> {
    await o
      .queue()
      .add(
        o.queueName,
        o.jobName,
        { runId: run.id },
        { jobId: `${o.jobPrefix}-${run.documentId}-${run.resumes ?? 0}`, attempts: o.attempts(), backoff: { type: 'exponential', delay: 2000 } },
      );
  }

  async function recordError(id: number, attempt: number, err: unknown): Promise<void> {
    const fresh = await load(id);
    if (!fresh) return;
    const entry: RunError = { at: new Date().toISOString(), attempt, ...o.describeError(err) };
    const errors = [...(fresh.errors ?? []), entry].slice(-MAX_ERRORS);
    await update(id, { status: attempt < o.attempts() ? 'queued' : 'failed', errors } as Partial<Row>);
  }

  async function byDocumentId(documentId: string): Promise<Row> {
    const run = (await o.runs().findOne({ where: { documentId } })) as Row | null;
    if (!run) throw o.errors.notFound('同步记录不存在');
    return run;
  }

  return {
    leaseKey,
    load,
    update,
    isLive,
    byDocumentId,

    /** The queue handler: one worker per run (the lease), errors recorded on the run, the queue retries. */
    async handle(job: { data: { runId: number }; attempt: number }): Promise<unknown> {
      const id = job.data.runId;
      const result = await withLease(o.kv(), leaseKey(id), o.leaseMs(), async () => {
        try {
          const run = await load(id);
          if (!run || run.status === 'completed') return { skipped: 'nothing to do' };
          const now = new Date().toISOString();
          await o.execute(await update(id, { status: 'running', startedAt: run.startedAt ?? now, heartbeatAt: now } as Partial<Row>));
          return { completed: id };
        } catch (err) {
          await recordError(id, job.attempt, err);
          throw err;
        }
      });
      return result === HELD_ELSEWHERE ? { skipped: 'another worker holds the run' } : result;
    },

    /** Starts a run for the owner; an open run of the owner is resumed instead (`resumed: true`). */
    async start(owner: string, trigger: string): Promise<{ run: Row; resumed: boolean }> {
      const open = (await o
        .runs()
        .findOne({ where: { [o.ownerField]: owner, status: { $in: ['queued', 'running'] } }, orderBy: { id: 'desc' } })) as Row | null;
      if (open) return { run: await this.resume(open.documentId), resumed: true };
      const run = (await o.runs().create({ data: { ...o.initial, [o.ownerField]: owner, status: 'queued', trigger, errors: [] } })) as Row;
      await enqueue(run);
      return { run, resumed: false };
    },

    /** Resumes an interrupted or failed run from its checkpoint: 409 when it finished or is alive. */
    async resume(documentId: string): Promise<Row> {
      const run = await byDocumentId(documentId);
      if (run.status === 'completed') throw o.errors.business('SyncFinished', '该同步已完成，无需继续');
      if (await isLive(run)) throw o.errors.business('SyncInProgress', o.inProgressMessage);
      const queued = await update(run.id, { status: 'queued', resumes: (run.resumes ?? 0) + 1 } as Partial<Row>);
      await enqueue(queued);
      return queued;
    },

    /** The owner's runs (every run without an owner), newest first. */
    async page(owner: unknown, page: Page): Promise<{ rows: Row[]; total: number }> {
      const where = typeof owner === 'string' && owner ? { [o.ownerField]: owner } : {};
      const [rows, total] = await Promise.all([
        o.runs().findMany({ where, orderBy: { id: 'desc' }, offset: (page.page - 1) * page.pageSize, limit: page.pageSize }) as Promise<Row[]>,
        o.runs().count({ where }),
      ]);
      return { rows, total };
    },
  };
}
