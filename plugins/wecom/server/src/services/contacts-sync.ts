import type { Core } from '@strapi/strapi';
import { businessError, notFound, paginationMeta, type Pagination } from '@wedraw/kit';
import { resumableRuns, type RunQueue, type RunRow } from '@wedraw/wechat-protocol';
import { WecomError, type WecomClient } from '../clients/wecom-client';
import { explain } from '../clients/errcodes';
import { wecomConfig } from '../config';
import { services } from '../lib/services';
import { tableOf } from '../lib/tables';
import { CONTACTS_QUEUE, IMPORT_POLL_JOB, SYNC_JOB } from '../lib/queues';
import { UID } from '../lib/uids';
import type { WecomDepartment, WecomMember } from './directory';

/** Detail reads a secret may be refused (48009 new IP, 60011 out of range): the member keeps what list_id gave. */
const DETAIL_REFUSED = new Set([48009, 60011]);

/** A contacts pull: the shared run columns, its corp, phase and checkpoint. */
export interface SyncRun extends RunRow {
  corpId: string;
  phase: 'departments' | 'members' | 'tags' | 'finish';
  cursor: string | null;
  departments: number;
  processed: number;
  detailMissing: number;
  removed: number;
}

/**
 * Full pull of a corp's contacts as a queued, resumable job: departments (department/list), then
 * the members' details one department at a time (`user/list`), or, where the secret may not read
 * details (48009), their ids and departments from `user/list_id` page by page; each step written
 * in one transaction together with its checkpoint; then tags; rows not seen by the run are
 * removed at the end. A crash or a refusal
 * mid-way resumes from the checkpoint, and the unique key makes a replayed page an update.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => wecomConfig(strapi);
  const store = resumableRuns<SyncRun>({
    runs: () => strapi.db.query(UID.syncRun),
    queue: () => strapi.service('api::platform.queue') as RunQueue,
    kv: () => services(strapi).sharedState.kv(),
    queueName: CONTACTS_QUEUE,
    jobName: SYNC_JOB,
    jobPrefix: 'contacts-sync',
    ownerField: 'corpId',
    leaseMs: () => settings().syncLeaseMs,
    attempts: () => settings().syncAttempts,
    initial: { phase: 'departments' },
    inProgressMessage: '该企业的通讯录同步正在进行中',
    execute: (run) => execute(run),
    describeError: (err) => {
      const errcode = err instanceof WecomError ? err.errcode : null;
      return { errcode, message: errcode === null ? String((err as Error).message ?? err).slice(0, 300) : explain(errcode, (err as WecomError).errmsg) };
    },
    errors: { notFound, business: businessError },
  });
  const { load, update } = store;

  /** department/list (names); from a new IP (48009) department/simplelist gives the tree without names. */
  async function pullDepartments(run: SyncRun, client: WecomClient, since: Date): Promise<SyncRun> {
    let departments: WecomDepartment[];
    try {
      departments = (await client.get<{ department: WecomDepartment[] }>('/cgi-bin/department/list')).department ?? [];
    } catch (err) {
      if (!(err instanceof WecomError) || !DETAIL_REFUSED.has(err.errcode)) throw err;
      departments = (await client.get<{ department_id: WecomDepartment[] }>('/cgi-bin/department/simplelist')).department_id ?? [];
    }
    await services(strapi).directory.upsertDepartments(run.corpId, departments, since);
    return update(run.id, { phase: 'members', departments: departments.length, heartbeatAt: new Date().toISOString() });
  }

  /**
   * Writes one step's members and its checkpoint in one transaction. `processed` counts members,
   * not reads: one already written by this run (a member of several departments) is not counted
   * again, and is written again only when `rewriteSeen` (list_id pages merge its departments).
   */
  async function commit(
    run: SyncRun,
    members: (WecomMember & { detailRead?: boolean })[],
    step: { cursor: string; done: boolean; since: Date; rewriteSeen: boolean },
  ) {
    const { table, col } = tableOf(strapi, UID.syncRun);
    const member = tableOf(strapi, UID.member);
    // A member listed by two departments of one step counts once (the last listing wins, as WeCom's rows are the same).
    members = [...new Map(members.map((m) => [m.userid, m])).values()];
    await strapi.db.transaction(async ({ trx }) => {
      const seenRows = members.length
        ? ((await trx(member.table)
            .whereIn(
              member.col('key'),
              members.map((m) => `${run.corpId}:${m.userid}`),
            )
            .where(member.col('syncedAt'), '>=', step.since)
            .select({ userid: member.col('userid') })) as { userid: string }[])
        : [];
      const seen = new Set(seenRows.map((r) => r.userid));
      const fresh = members.filter((m) => !seen.has(m.userid));
      await services(strapi).directory.upsertMembers(run.corpId, step.rewriteSeen ? members : fresh, step.since, trx);
      await trx(table)
        .where('id', run.id)
        .update({
          [col('cursor')]: step.cursor,
          [col('phase')]: step.done ? 'tags' : 'members',
          [col('processed')]: trx.raw('?? + ?', [col('processed'), fresh.length]),
          [col('detailMissing')]: trx.raw('?? + ?', [col('detailMissing'), fresh.filter((m) => m.detailRead === false).length]),
          [col('heartbeatAt')]: new Date(),
        });
    });
  }

  /**
   * Member details by department (`user/list?department_id`, one call per department, a few
   * departments at a time in id order), committed about `syncPage` members at a time with the
   * last department as the checkpoint `dept:<id>`; a member in two departments is written once,
   * when first seen. Only the departments this run listed: one deleted in WeCom meanwhile is gone.
   */
  async function pullByDepartment(run: SyncRun, client: WecomClient, since: Date): Promise<boolean> {
    const where = { corpId: run.corpId, syncedAt: { $gte: since } };
    const ids = ((await strapi.db.query(UID.department).findMany({ where, select: ['deptId'], orderBy: { deptId: 'asc' } })) as { deptId: number }[]).map(
      (d) => d.deptId,
    );
    const after = run.cursor?.startsWith('dept:') ? Number(run.cursor.slice(5)) : 0;
    const todo = ids.filter((id) => id > after);
    let pending: WecomMember[] = [];
    const concurrency = settings().syncConcurrency;
    const read = (i: number) => {
      const lists = Promise.all(
        todo
          .slice(i, i + concurrency)
          .map(async (id) => (await client.get<{ userlist: WecomMember[] }>('/cgi-bin/user/list', { department_id: id, fetch_child: 0 })).userlist ?? []),
      );
      lists.catch(() => undefined); // awaited below; a commit failing first must not leave it unhandled
      return lists;
    };
    // Reads go on while a step is written; steps are written one after the other, in order.
    let ahead = todo.length ? read(0) : null;
    let writing: Promise<void> = Promise.resolve();
    for (let i = 0; i < todo.length; i += concurrency) {
      const chunk = todo.slice(i, i + concurrency);
      let lists: WecomMember[][];
      try {
        lists = await ahead!;
      } catch (err) {
        if (err instanceof WecomError && DETAIL_REFUSED.has(err.errcode) && after === 0 && i === 0) return false;
        throw err;
      }
      ahead = i + concurrency < todo.length ? read(i + concurrency) : null;
      pending = pending.concat(...lists);
      const done = i + concurrency >= todo.length;
      if (pending.length >= settings().syncPage || done) {
        await writing;
        writing = commit(run, pending, { cursor: `dept:${chunk[chunk.length - 1]}`, done, since, rewriteSeen: false });
        writing.catch(() => undefined); // awaited before the next step and at the end
        pending = [];
      }
    }
    await writing;
    if (!todo.length) await update(run.id, { phase: 'tags' });
    return true;
  }

  /** When details may not be read (48009 from a new IP): the ids and departments of `user/list_id`, page by page. Checkpoint `ids:<cursor>`. */
  async function pullIds(run: SyncRun, client: WecomClient, since: Date): Promise<void> {
    let cursor = run.cursor?.startsWith('ids:') ? run.cursor.slice(4) : '';
    for (;;) {
      const page = await client.post<{ dept_user: { userid: string; department: number }[]; next_cursor: string }>('/cgi-bin/user/list_id', {
        cursor: cursor || undefined,
        limit: settings().syncPage,
      });
      const byUser = new Map<string, number[]>();
      for (const row of page.dept_user ?? []) byUser.set(row.userid, [...(byUser.get(row.userid) ?? []), row.department]);
      const known = await departmentsSeen(run.corpId, [...byUser.keys()], since);
      // A member split across two pages keeps every department seen so far.
      const members = [...byUser].map(([userid, depts]) => ({ userid, department: [...new Set([...(known.get(userid) ?? []), ...depts])], detailRead: false }));
      const next = page.next_cursor ?? '';
      await commit(run, members, { cursor: `ids:${next}`, done: !next, since, rewriteSeen: true });
      if (!next) return;
      cursor = next;
    }
  }

  /** The departments this run already wrote for these members (on an earlier page). */
  async function departmentsSeen(corpId: string, userids: string[], since: Date): Promise<Map<string, number[]>> {
    const where = { key: { $in: userids.map((u) => `${corpId}:${u}`) }, syncedAt: { $gte: since } };
    const rows = (await strapi.db.query(UID.member).findMany({ where, select: ['userid', 'departments'] })) as {
      userid: string;
      departments: number[] | null;
    }[];
    return new Map(rows.map((r) => [r.userid, r.departments ?? []]));
  }

  async function pullMembers(run: SyncRun, client: WecomClient, since: Date): Promise<SyncRun> {
    if (run.cursor?.startsWith('ids:') || !(await pullByDepartment(run, client, since))) await pullIds(run, client, since);
    return (await load(run.id))!;
  }

  async function pullTags(run: SyncRun, client: WecomClient, since: Date): Promise<SyncRun> {
    const list = await client.get<{ taglist: { tagid: number; tagname: string }[] }>('/cgi-bin/tag/list');
    for (const tag of list.taglist ?? []) {
      const got = await client.get<{ userlist: { userid: string }[]; partylist: number[] }>('/cgi-bin/tag/get', { tagid: tag.tagid });
      await services(strapi).directory.upsertTag(run.corpId, { ...tag, userIds: got.userlist.map((u) => u.userid), partyIds: got.partylist ?? [] }, since);
    }
    return update(run.id, { phase: 'finish' });
  }

  async function execute(run: SyncRun): Promise<void> {
    const corp = await services(strapi).corps.require(run.corpId);
    const client = services(strapi).clients.client(corp, 'contacts');
    // The run's exact start (datetime columns keep microseconds): a run that started earlier in the same
    // second has a smaller mark, so its rows never count as seen by this one.
    const since = new Date(run.startedAt!);
    if (run.phase === 'departments') run = await pullDepartments(run, client, since);
    if (run.phase === 'members') run = await pullMembers(run, client, since);
    if (run.phase === 'tags') run = await pullTags(run, client, since);
    const removed = await services(strapi).directory.removeUnseen(run.corpId, since);
    await update(run.id, { status: 'completed', removed, finishedAt: new Date().toISOString(), heartbeatAt: new Date().toISOString() });
  }

  const view = async (run: SyncRun) => ({
    documentId: run.documentId,
    corpId: run.corpId,
    status: run.status,
    phase: run.phase,
    trigger: run.trigger,
    departments: run.departments ?? 0,
    processed: run.processed ?? 0,
    detailMissing: run.detailMissing ?? 0,
    removed: run.removed ?? 0,
    resumes: run.resumes ?? 0,
    errors: run.errors ?? [],
    live: await store.isLive(run),
    startedAt: run.startedAt,
    heartbeatAt: run.heartbeatAt,
    finishedAt: run.finishedAt,
    createdAt: run.createdAt,
  });

  return {
    define(): void {
      strapi.service('api::platform.queue').define(CONTACTS_QUEUE, (job: { name: string; data: { runId: number }; attempt: number }) => {
        if (job.name === SYNC_JOB) return store.handle(job);
        if (job.name === IMPORT_POLL_JOB) return services(strapi).contactsImport.pollJob((job.data as unknown as { importId: number }).importId);
        throw new Error(`unknown contacts job ${job.name}`);
      });
    },

    /** Starts a full pull; an open run of the corp is resumed instead. */
    async start(corpId: unknown, trigger: string) {
      const corp = await services(strapi).corps.require(corpId);
      const { run, resumed } = await store.start(corp.corpId, trigger);
      return { ...(await view(run)), resumed };
    },

    /** Resumes an interrupted or failed run from its checkpoint. */
    async resume(documentId: string) {
      return view(await store.resume(documentId));
    },

    async get(documentId: string) {
      return view(await store.byDocumentId(documentId));
    },

    async list(corpId: unknown, page: Pagination) {
      const { rows, total } = await store.page(corpId, page);
      return { results: await Promise.all(rows.map(view)), ...paginationMeta(page, total) };
    },
  };
};
