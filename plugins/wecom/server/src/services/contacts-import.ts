import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { businessError, notFound, pageWindow, paginationMeta, parse, validationError, type Pagination } from '@wedraw/kit';
import { explain, orRefused } from '../clients/errcodes';
import { WecomError, type WecomClient } from '../clients/wecom-client';
import { wecomConfig } from '../config';
import { COLUMNS, readMembers, templateCsv, wecomCsv, type ImportRow } from '../lib/member-csv';
import { CONTACTS_QUEUE, IMPORT_POLL_JOB } from '../lib/queues';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import type { WecomCorp } from './corps';
import type { WecomMember } from './directory';

/** Polls of one job before it is given up (about an hour at the default interval). */
const MAX_POLLS = 3600;
const DETAIL_REFUSED = new Set([48009, 60011]);
/** A list shows the jobs without their rows and results. */
const LIST_FIELDS = [
  'documentId',
  'corpId',
  'fileName',
  'status',
  'total',
  'percentage',
  'succeeded',
  'failed',
  'error',
  'operator',
  'createdAt',
  'finishedAt',
];

type ImportStatus = 'running' | 'completed' | 'failed';
type StoredRow = ImportRow & { existed: boolean };
export interface RowResult {
  row: number;
  userid: string;
  name: string;
  status: 'pending' | 'created' | 'updated' | 'failed';
  errcode: number | null;
  message: string;
}
interface MemberImport {
  id: number;
  documentId: string;
  corpId: string;
  fileName: string | null;
  status: ImportStatus;
  jobId: string | null;
  total: number;
  percentage: number;
  succeeded: number;
  failed: number;
  rows: StoredRow[] | null;
  results: RowResult[] | null;
  error: { errcode: number | null; message: string; at: string } | null;
  operator: string | null;
  polls: number;
  finishedAt: string | null;
  createdAt: string;
}
interface JobAnswer {
  status: number;
  total?: number;
  percentage?: number;
  result?: { userid?: string; errcode: number; errmsg: string }[];
}

export const importInput = z.object({
  csv: z.string().min(1, '请选择 CSV 文件').max(1_000_000, '文件不能超过 1 MB'),
  fileName: z.string().trim().max(200).optional(),
});

/**
 * CSV batch import of members through WeCom's async batch import: the whole file is checked
 * against the mirror first (a bad row is a 400 naming its row and column, and nothing reaches
 * WeCom), then uploaded as media and submitted to `batch/syncuser`. Progress comes from
 * `batch/getresult` (a queued poll, the admin page's reads) and the `batch_job_result` push; when
 * the job is done the per-row results are stored and the imported members mirrored.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const imports = () => strapi.db.query(UID.memberImport);
  const contacts = (corp: WecomCorp): WecomClient => services(strapi).clients.client(corp, 'contacts');
  const kv = () => services(strapi).sharedState.kv();
  const update = (id: number, data: Partial<MemberImport>) => imports().update({ where: { id }, data }) as Promise<MemberImport>;

  async function byDocumentId(documentId: string): Promise<MemberImport> {
    const row = (await imports().findOne({ where: { documentId } })) as MemberImport | null;
    if (!row) throw notFound('导入记录不存在');
    return row;
  }

  async function poll(job: MemberImport, now = false): Promise<void> {
    const jobId = `import-poll-${job.documentId}-${now ? 'push' : job.polls}`;
    await strapi
      .service('api::platform.queue')
      .add(CONTACTS_QUEUE, IMPORT_POLL_JOB, { importId: job.id }, { jobId, delay: now ? 0 : wecomConfig(strapi).importPollMs });
  }

  const pending = (rows: StoredRow[]): RowResult[] =>
    rows.map((r) => ({ row: r.row, userid: r.userid, name: r.name, status: 'pending', errcode: null, message: '处理中' }));

  function resultsOf(rows: StoredRow[], answer: JobAnswer): RowResult[] {
    const byUser = new Map((answer.result ?? []).map((r) => [r.userid ?? '', r]));
    return rows.map((r) => {
      const got = byUser.get(r.userid);
      const base = { row: r.row, userid: r.userid, name: r.name };
      if (!got) return { ...base, status: 'failed', errcode: null, message: '企业微信未返回该行结果' };
      if (got.errcode !== 0) return { ...base, status: 'failed', errcode: got.errcode, message: explain(got.errcode, got.errmsg) };
      return { ...base, status: r.existed ? 'updated' : 'created', errcode: 0, message: r.existed ? '已更新' : '已创建' };
    });
  }

  /** The imported members as WeCom now has them (one `user/list` per department), or as the file gave them when details may not be read. */
  async function mirror(corp: WecomCorp, rows: StoredRow[]): Promise<void> {
    if (!rows.length) return;
    const wanted = new Map(rows.map((r) => [r.userid, r]));
    const found = new Map<string, WecomMember>();
    try {
      for (const dept of new Set(rows.flatMap((r) => r.departments))) {
        const list = await contacts(corp).get<{ userlist: WecomMember[] }>('/cgi-bin/user/list', { department_id: dept, fetch_child: 0 });
        for (const m of list.userlist ?? []) if (wanted.has(m.userid)) found.set(m.userid, m);
      }
    } catch (err) {
      if (!(err instanceof WecomError) || !DETAIL_REFUSED.has(err.errcode)) throw err;
    }
    const members = rows.map(
      (r) =>
        found.get(r.userid) ?? {
          userid: r.userid,
          name: r.name,
          department: r.departments,
          position: r.position,
          mobile: r.mobile,
          email: r.email,
          gender: r.gender === '男' ? '1' : r.gender === '女' ? '2' : undefined,
        },
    );
    await services(strapi).directory.upsertMembers(corp.corpId, members, null);
  }

  /** Stores the job's outcome once (the poll, a read and the push may all see it done). */
  async function finish(job: MemberImport, answer: JobAnswer): Promise<MemberImport> {
    const owner = randomBytes(6).toString('hex');
    if (!(await kv().setIfAbsent(`import:finish:${job.id}`, owner, 120_000))) return job;
    try {
      const rows = job.rows ?? [];
      const results = resultsOf(rows, answer);
      const ok = new Set(results.filter((r) => r.status !== 'failed').map((r) => r.userid));
      await mirror(
        await services(strapi).corps.require(job.corpId),
        rows.filter((r) => ok.has(r.userid)),
      );
      return update(job.id, {
        status: 'completed',
        error: null,
        percentage: 100,
        results,
        succeeded: ok.size,
        failed: results.length - ok.size,
        finishedAt: new Date().toISOString(),
      });
    } catch (err) {
      await kv().deleteIfEquals(`import:finish:${job.id}`, owner);
      throw err;
    }
  }

  /** One look at the job in WeCom: progress, or the outcome once it is done. */
  async function refresh(job: MemberImport): Promise<MemberImport> {
    if (job.status !== 'running' || !job.jobId) return job;
    const corp = await services(strapi).corps.require(job.corpId);
    const answer = await contacts(corp).get<JobAnswer>('/cgi-bin/batch/getresult', { jobid: job.jobId });
    if (answer.status === 3) return finish(job, answer);
    const percentage = Math.min(99, Number(answer.percentage) || 0);
    return percentage === job.percentage ? job : update(job.id, { percentage });
  }

  async function fail(job: MemberImport, errcode: number | null, message: string): Promise<MemberImport> {
    const error = { errcode, message, at: new Date().toISOString() };
    return update(job.id, { status: 'failed', error, finishedAt: new Date().toISOString() });
  }

  const view = (job: MemberImport, withResults: boolean) => ({
    documentId: job.documentId,
    corpId: job.corpId,
    fileName: job.fileName,
    status: job.status,
    total: job.total ?? 0,
    percentage: job.percentage ?? 0,
    succeeded: job.succeeded ?? 0,
    failed: job.failed ?? 0,
    error: job.error,
    operator: job.operator,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    ...(withResults ? { results: job.results?.length ? job.results : pending(job.rows ?? []) } : {}),
  });

  return {
    /** The downloadable template and what each column takes. */
    template() {
      return {
        fileName: '成员批量导入模板.csv',
        csv: templateCsv(),
        columns: COLUMNS.map((c) => ({ header: c.header, required: c.required, hint: c.hint })),
      };
    },

    /** Checks the whole file, then uploads it and submits the job; 400 naming row and column otherwise. */
    async submit(corpId: unknown, input: unknown, operator: string) {
      const data = parse(importInput, input);
      const corp = await services(strapi).corps.require(corpId);
      const known = (await strapi.db.query(UID.department).findMany({ where: { corpId: corp.corpId }, select: ['deptId', 'name'] })) as {
        deptId: number;
        name: string | null;
      }[];
      if (!known.length) throw businessError('ContactsNotSynced', '尚未同步该企业的通讯录，请先在「同步」中同步一次，再批量导入');
      const { rows, problems } = readMembers(data.csv, known);
      if (problems.length) throw validationError(problems);
      const existing = (await strapi.db.query(UID.member).findMany({
        where: { key: { $in: rows.map((r) => `${corp.corpId}:${r.userid}`) } },
        select: ['userid'],
      })) as { userid: string }[];
      const existed = new Set(existing.map((m) => m.userid));
      const client = contacts(corp);
      const media = await orRefused(() =>
        client.upload<{ media_id: string }>(
          '/cgi-bin/media/upload',
          { name: 'members.csv', type: 'text/csv', data: Buffer.from(wecomCsv(rows)) },
          { type: 'file' },
        ),
      );
      const job = await orRefused(() => client.post<{ jobid: string }>('/cgi-bin/batch/syncuser', { media_id: media.media_id, to_invite: false }));
      const created = (await imports().create({
        data: {
          corpId: corp.corpId,
          fileName: data.fileName ?? null,
          status: 'running',
          jobId: job.jobid,
          total: rows.length,
          percentage: 0,
          rows: rows.map((r) => ({ ...r, existed: existed.has(r.userid) })),
          results: [],
          operator,
          polls: 0,
        },
      })) as MemberImport;
      await poll(created);
      return view(created, false);
    },

    /** An import with its per-row results, looked up in WeCom first while it runs. */
    async get(documentId: string) {
      let job = await byDocumentId(documentId);
      try {
        job = await refresh(job);
      } catch (err) {
        if (!(err instanceof WecomError)) throw err; // the stored progress is still worth showing; the poll retries
      }
      return view(job, true);
    },

    async list(corpId: unknown, page: Pagination) {
      const corp = await services(strapi).corps.require(corpId);
      const where = { corpId: corp.corpId };
      const [rows, total] = await Promise.all([
        imports().findMany({ where, orderBy: { id: 'desc' }, ...pageWindow(page), select: LIST_FIELDS }) as Promise<MemberImport[]>,
        imports().count({ where }),
      ]);
      return { results: rows.map((r) => view(r, false)), ...paginationMeta(page, total) };
    },

    /** The queued poll: one look, then the next one until the job ends. */
    async pollJob(importId: number): Promise<unknown> {
      const job = (await imports().findOne({ where: { id: importId } })) as MemberImport | null;
      if (!job || job.status !== 'running') return { skipped: 'not running' };
      let next: MemberImport;
      try {
        next = await refresh(job);
      } catch (err) {
        const errcode = err instanceof WecomError ? err.errcode : null;
        const message = errcode === null ? String((err as Error).message) : explain(errcode, (err as WecomError).errmsg);
        next = await update(job.id, { error: { errcode, message, at: new Date().toISOString() } });
      }
      if (next.status !== 'running') return { finished: next.status };
      if ((job.polls ?? 0) + 1 >= MAX_POLLS) return fail(next, null, '企业微信长时间未完成该导入任务');
      await poll(await update(job.id, { polls: (job.polls ?? 0) + 1 }));
      return { polling: true };
    },

    /**
     * WeCom's `batch_job_result` push: the job ended (ErrCode ≠ 0: the whole job was refused). The
     * results are fetched by a queued poll right away, so the push is answered within WeCom's 5 s.
     */
    async onJobResult(corp: WecomCorp, batch: { JobId?: string; ErrCode?: number | string; ErrMsg?: string }): Promise<void> {
      const job = (await imports().findOne({ where: { corpId: corp.corpId, jobId: batch.JobId ?? '' } })) as MemberImport | null;
      if (!job || job.status !== 'running') return;
      const errcode = Number(batch.ErrCode ?? 0);
      if (errcode !== 0) {
        await fail(job, errcode, explain(errcode, String(batch.ErrMsg ?? '')));
        return;
      }
      await poll(job, true);
    },
  };
};
