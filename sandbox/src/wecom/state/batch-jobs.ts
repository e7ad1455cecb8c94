import { randomBytes } from 'node:crypto';
import { WxError } from '../../wx/errors';
import type { CorpState } from './corp-state';
import { csvRecords } from './csv';
import type { Member } from './types';

export type JobType = 'sync_user' | 'replace_user' | 'replace_party';

export interface UserResult {
  userid: string;
  errcode: number;
  errmsg: string;
}

export interface PartyResult {
  action: number;
  partyid: number;
  errcode: number;
  errmsg: string;
}

/** An async batch import job (wecom-and-pay.md A1): status 1 started, 2 running, 3 done. */
export interface BatchJob {
  jobid: string;
  corpId: string;
  type: JobType;
  status: 1 | 2 | 3;
  total: number;
  processed: number;
  result: (UserResult | PartyResult)[];
  /** The job's own outcome (0 unless the whole job was refused, e.g. the replace-user safety abort). */
  errcode: number;
  errmsg: string;
  callback?: { url: string; token: string; encodingaeskey: string };
  /** Pending work: one step per row, then the finishing step. */
  steps: (() => UserResult | PartyResult | undefined)[];
}

export const USER_COLUMNS = {
  name: ['姓名'],
  userid: ['帐号', '账号', 'UserID', 'userid'],
  mobile: ['手机号'],
  email: ['邮箱'],
  department: ['所在部门'],
  position: ['职务', '职位'],
  gender: ['性别'],
};
export const PARTY_COLUMNS = { name: ['部门名称'], id: ['部门ID'], parentid: ['父部门ID'], order: ['排序'] };
export const REQUIRED_USER = ['name', 'userid', 'department'];
export const REQUIRED_PARTY = ['name', 'id', 'parentid'];
export const OTHER_DEPARTMENT = '其他（待设置部门）';

export function newJobId(): string {
  return randomBytes(24).toString('base64url');
}

const errOf = (err: unknown) => (err instanceof WxError ? { errcode: err.errcode, errmsg: err.errmsg } : { errcode: -1, errmsg: String(err) });

/** The department for an id in the file: unknown ids go to 其他（待设置部门） under the root. */
function departmentFor(corp: CorpState, id: number): number {
  if (corp.departments.has(id)) return id;
  const other = corp.children(1).find((d) => d.name === OTHER_DEPARTMENT) ?? corp.createDepartment({ name: OTHER_DEPARTMENT, parentid: 1 });
  return other.id;
}

function userStep(corp: CorpState, r: Record<string, string>): UserResult {
  const userid = r.userid ?? '';
  try {
    const department = (r.department ?? '')
      .split(';')
      .filter(Boolean)
      .map((d) => departmentFor(corp, Number(d)));
    const fields: Partial<Member> = {
      userid,
      name: r.name ?? '',
      department: department.length ? department : [1],
      ...(r.mobile ? { mobile: r.mobile } : {}),
      ...(r.email ? { email: r.email } : {}),
      ...(r.position ? { position: r.position } : {}),
      ...(r.gender ? { gender: r.gender === '男' ? '1' : r.gender === '女' ? '2' : '0' } : {}),
    };
    if (corp.members.has(userid)) corp.updateMember(fields);
    else corp.createMember(fields);
    return { userid, errcode: 0, errmsg: 'ok' };
  } catch (err) {
    return { userid, ...errOf(err) };
  }
}

/**
 * Plans a user job from the CSV: one step per row; replace_user also deletes members absent from
 * the file, unless that trips the safety abort (more than 50 and 20 %, or fewer than 50 and 80 %).
 */
export function planUserJob(job: BatchJob, corp: CorpState, csv: string): void {
  const { records, missing } = csvRecords(csv, USER_COLUMNS);
  if (REQUIRED_USER.some((c) => missing.includes(c)))
    throw new WxError(40058, `csv header lacks ${REQUIRED_USER.filter((c) => missing.includes(c)).join(',')}`);
  job.total = records.length;
  if (job.type === 'replace_user') {
    const keep = new Set(records.map((r) => r.userid));
    const gone = [...corp.members.keys()].filter((u) => !keep.has(u));
    const staff = corp.members.size;
    const ratio = staff ? gone.length / staff : 0;
    if ((gone.length > 50 && ratio > 0.2) || (gone.length < 50 && ratio > 0.8)) {
      job.errcode = -1;
      job.errmsg = `replace user aborted: it would delete ${gone.length} of ${staff} members`;
      job.total = 0;
      return;
    }
    job.steps.push(...records.map((r) => () => userStep(corp, r)));
    job.steps.push(() => {
      for (const u of gone) if (corp.members.has(u)) corp.deleteMember(u);
      return undefined;
    });
    return;
  }
  job.steps.push(...records.map((r) => () => userStep(corp, r)));
}

/** Plans replace_party: create, rename, move, reorder (action bitmask 1, 2, 4, 8); absent empty departments are deleted. */
export function planPartyJob(job: BatchJob, corp: CorpState, csv: string): void {
  const { records, missing } = csvRecords(csv, PARTY_COLUMNS);
  if (REQUIRED_PARTY.some((c) => missing.includes(c)))
    throw new WxError(40058, `csv header lacks ${REQUIRED_PARTY.filter((c) => missing.includes(c)).join(',')}`);
  job.total = records.length;
  const inFile = new Set(records.map((r) => Number(r.id)));
  job.steps.push(
    ...records.map((r) => (): PartyResult => {
      const partyid = Number(r.id);
      try {
        const existing = corp.departments.get(partyid);
        const order = r.order ? Number(r.order) : undefined;
        if (!existing) {
          corp.createDepartment({ id: partyid, name: r.name, parentid: Number(r.parentid), ...(order !== undefined ? { order } : {}) });
          return { action: 1, partyid, errcode: 0, errmsg: 'ok' };
        }
        const action =
          (existing.name !== r.name ? 2 : 0) |
          (existing.parentid !== Number(r.parentid) && partyid !== 1 ? 4 : 0) |
          (order !== undefined && existing.order !== order ? 8 : 0);
        if (action)
          corp.updateDepartment({
            id: partyid,
            name: r.name,
            ...(partyid !== 1 ? { parentid: Number(r.parentid) } : {}),
            ...(order !== undefined ? { order } : {}),
          });
        return { action, partyid, errcode: 0, errmsg: 'ok' };
      } catch (err) {
        return { action: 0, partyid, ...errOf(err) };
      }
    }),
  );
  job.steps.push(() => {
    const absent = [...corp.departments.values()].filter((d) => d.id !== 1 && !inFile.has(d.id)).reverse();
    for (const d of absent) {
      try {
        corp.deleteDepartment(d.id);
      } catch {
        // WeCom keeps a department that still has members or children.
      }
    }
    return undefined;
  });
}
