import { qyError } from '../errors';
import type { CorpCallback, CorpConfig, CorpSwitches, Department, Member, WecomApp, WecomTag } from './types';

const BAD_NAME_CHARS = /[\\:*?"<>|]/;

/** A department's order: an integer in [0, 2^32); 40058 otherwise. */
function orderOf(value: unknown): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n >= 2 ** 32) throw qyError(40058, 'invalid order');
  return n;
}
const MAX_DEPTH = 15;

export type DepartmentInput = Partial<Omit<Department, 'department_leader'>> & { department_leader?: string[] };
export type MemberInput = Partial<Member> & { userid?: string };

/** One WeCom corp: its credentials, contacts (departments, members, tags) and switches. */
export class CorpState {
  readonly departments = new Map<number, Department>();
  readonly members = new Map<string, Member>();
  readonly tags = new Map<number, WecomTag>();
  /** mobile → userid, so that 60104 is a lookup even with 20 000 members. */
  private readonly mobiles = new Map<string, string>();
  callback: CorpCallback | null = null;
  switches: CorpSwitches = { untrustedIp: false, newIp: false, recentApps: false };
  private nextDeptId = 2;
  private nextTagId = 1;
  /** Bumped by every member change: the department index below is rebuilt on the next read. */
  private memberVersion = 0;
  private byDepartment: { version: number; members: Map<number, Member[]> } | null = null;

  constructor(readonly config: CorpConfig) {}

  get corpId(): string {
    return this.config.corpId;
  }

  app(agentId: unknown): WecomApp | undefined {
    return this.config.apps.find((a) => a.agentId === Number(agentId));
  }

  // --- departments -----------------------------------------------------------------------------

  department(id: unknown): Department {
    const d = this.departments.get(Number(id));
    if (!d) throw qyError(60003);
    return d;
  }

  children(id: number): Department[] {
    return [...this.departments.values()].filter((d) => d.parentid === id);
  }

  /** The department and every department below it (depth-first, the department first). */
  subtree(id: number): Department[] {
    const out: Department[] = [];
    const walk = (d: Department) => {
      out.push(d);
      for (const c of this.children(d.id)) walk(c);
    };
    walk(this.department(id));
    return out;
  }

  private depth(id: number): number {
    let n = 0;
    for (let d = this.departments.get(id); d && d.parentid !== 0; d = this.departments.get(d.parentid)) n++;
    return n;
  }

  private checkName(name: unknown, parentid: number, selfId?: number): string {
    if (typeof name !== 'string' || [...name].length < 1 || [...name].length > 64) throw qyError(60001);
    if (BAD_NAME_CHARS.test(name)) throw qyError(60009);
    if (this.children(parentid).some((d) => d.name === name && d.id !== selfId)) throw qyError(60008);
    return name;
  }

  addDepartment(d: Department): Department {
    this.departments.set(d.id, d);
    this.nextDeptId = Math.max(this.nextDeptId, d.id + 1);
    return d;
  }

  createDepartment(input: DepartmentInput): Department {
    const parentid = Number(input.parentid);
    if (!Number.isInteger(parentid) || parentid < 1) throw qyError(60124);
    if (!this.departments.has(parentid)) throw qyError(60004);
    if (this.depth(parentid) + 1 >= MAX_DEPTH) throw qyError(60004, 'department depth exceeds 15');
    const name = this.checkName(input.name, parentid);
    let id = this.nextDeptId;
    if (input.id !== undefined && input.id !== null) {
      id = Number(input.id);
      if (!Number.isInteger(id) || id <= 1) throw qyError(60123);
      if (this.departments.has(id)) throw qyError(60008);
    }
    const order = input.order === undefined ? 0 : orderOf(input.order);
    return this.addDepartment({
      id,
      name,
      ...(input.name_en ? { name_en: String(input.name_en) } : {}),
      parentid,
      order,
      department_leader: input.department_leader ?? [],
    });
  }

  updateDepartment(input: DepartmentInput): Department {
    if (input.id === undefined) throw qyError(60123);
    const d = this.department(input.id);
    const parentid = input.parentid === undefined ? d.parentid : Number(input.parentid);
    if (parentid !== d.parentid) {
      if (d.id === 1) throw qyError(60123);
      if (!this.departments.has(parentid)) throw qyError(60004);
      if (this.subtree(d.id).some((s) => s.id === parentid)) throw qyError(60010);
    }
    const name = input.name === undefined ? d.name : this.checkName(input.name, parentid, d.id);
    Object.assign(d, {
      name,
      parentid,
      ...(input.order !== undefined ? { order: orderOf(input.order) } : {}),
      ...(input.name_en !== undefined ? { name_en: String(input.name_en) } : {}),
    });
    return d;
  }

  deleteDepartment(id: unknown): Department {
    const d = this.department(id);
    if (d.id === 1) throw qyError(60123);
    if (this.children(d.id).length) throw qyError(60006);
    for (const m of this.members.values()) if (m.department.includes(d.id)) throw qyError(60005);
    this.departments.delete(d.id);
    return d;
  }

  // --- members ---------------------------------------------------------------------------------

  member(userid: unknown): Member {
    const m = typeof userid === 'string' ? this.members.get(userid) : undefined;
    if (!m) throw qyError(60111);
    return m;
  }

  private checkMember(m: Member, isNew: boolean): void {
    if (!/^[A-Za-z0-9_.@-]{1,64}$/.test(m.userid)) throw qyError(40003);
    if (typeof m.name !== 'string' || [...m.name].length < 1 || [...m.name].length > 64) throw qyError(60112);
    if (!Array.isArray(m.department) || m.department.length === 0 || m.department.length > 100) throw qyError(60123);
    for (const id of m.department) if (!this.departments.has(Number(id))) throw qyError(60003);
    if (m.mobile && !/^\+?[0-9-]{5,20}$/.test(m.mobile)) throw qyError(60103);
    const owner = m.mobile ? this.mobiles.get(m.mobile) : undefined;
    if (owner !== undefined && owner !== m.userid) throw qyError(60104);
    if (isNew && this.members.has(m.userid)) throw qyError(60102);
  }

  createMember(input: MemberInput): Member {
    if (typeof input.userid !== 'string' || !input.userid) throw qyError(41009);
    const department = (input.department ?? [1]).map(Number);
    const m: Member = {
      userid: input.userid,
      name: input.name ?? '',
      department,
      order: input.order ?? department.map(() => 0),
      is_leader_in_dept: input.is_leader_in_dept ?? department.map(() => 0),
      main_department: input.main_department ?? (department[0] as number),
      position: input.position ?? '',
      mobile: input.mobile ?? '',
      gender: input.gender ?? '0',
      email: input.email ?? '',
      biz_mail: input.biz_mail ?? '',
      telephone: input.telephone ?? '',
      alias: input.alias ?? '',
      address: input.address ?? '',
      direct_leader: input.direct_leader ?? [],
      status: 4,
      enable: input.enable ?? 1,
      open_userid: `wo${Buffer.from(`${this.corpId}|${input.userid}`).toString('hex').slice(0, 30)}`,
      external_position: input.external_position ?? '',
    };
    this.checkMember(m, true);
    return this.putMember(m);
  }

  /** The members listed in a department, in member order (user/list of 20 000 members stays cheap). */
  membersIn(departmentId: number): Member[] {
    if (this.byDepartment?.version !== this.memberVersion) {
      const index = new Map<number, Member[]>();
      for (const m of this.members.values()) {
        for (const d of new Set(m.department)) {
          const list = index.get(d);
          if (list) list.push(m);
          else index.set(d, [m]);
        }
      }
      this.byDepartment = { version: this.memberVersion, members: index };
    }
    return this.byDepartment.members.get(departmentId) ?? [];
  }

  /** Stores a member (generated data, or one already checked). */
  putMember(m: Member): Member {
    this.memberVersion++;
    this.members.set(m.userid, m);
    if (m.mobile) this.mobiles.set(m.mobile, m.userid);
    return m;
  }

  updateMember(input: MemberInput): Member {
    if (typeof input.userid !== 'string' || !input.userid) throw qyError(41009);
    const current = this.member(input.userid);
    const next: Member = { ...current };
    for (const key of [
      'name',
      'position',
      'mobile',
      'gender',
      'email',
      'biz_mail',
      'telephone',
      'alias',
      'address',
      'enable',
      'external_position',
      'direct_leader',
      'order',
      'is_leader_in_dept',
      'main_department',
    ] as const) {
      if (input[key] !== undefined) (next as unknown as Record<string, unknown>)[key] = input[key];
    }
    if (input.department !== undefined) {
      next.department = input.department.map(Number);
      if (input.order === undefined) next.order = next.department.map(() => 0);
      if (input.is_leader_in_dept === undefined) next.is_leader_in_dept = next.department.map(() => 0);
      if (!next.department.includes(next.main_department)) next.main_department = next.department[0] as number;
    }
    if (input.enable !== undefined) next.status = Number(input.enable) === 0 ? 2 : current.status === 2 ? 1 : current.status;
    this.checkMember(next, false);
    if (current.mobile && this.mobiles.get(current.mobile) === current.userid) this.mobiles.delete(current.mobile);
    Object.assign(current, next);
    this.memberVersion++;
    if (current.mobile) this.mobiles.set(current.mobile, current.userid);
    return current;
  }

  deleteMember(userid: unknown): Member {
    const m = this.member(userid);
    this.members.delete(m.userid);
    this.memberVersion++;
    if (m.mobile && this.mobiles.get(m.mobile) === m.userid) this.mobiles.delete(m.mobile);
    for (const t of this.tags.values()) t.users.delete(m.userid);
    return m;
  }

  // --- tags ------------------------------------------------------------------------------------

  tag(tagid: unknown): WecomTag {
    const t = this.tags.get(Number(tagid));
    if (!t) throw qyError(40068);
    return t;
  }

  /** The tag, if `owner` may change it: 81011 otherwise. */
  ownedTag(tagid: unknown, owner: string): WecomTag {
    const t = this.tag(tagid);
    if (t.owner !== owner) throw qyError(81011);
    return t;
  }

  createTag(tagname: unknown, tagid: unknown, owner: string): WecomTag {
    if (typeof tagname !== 'string' || !tagname) throw qyError(41021);
    if ([...tagname].length > 32) throw qyError(40071);
    if ([...this.tags.values()].some((t) => t.tagname === tagname)) throw qyError(40071, 'UserTag Name Already Exist');
    let id = this.nextTagId;
    if (tagid !== undefined && tagid !== null) {
      id = Number(tagid);
      if (!Number.isInteger(id) || id < 1 || this.tags.has(id)) throw qyError(40068);
    }
    this.nextTagId = Math.max(this.nextTagId, id + 1);
    const t: WecomTag = { tagid: id, tagname, owner, users: new Set(), parties: new Set() };
    this.tags.set(id, t);
    return t;
  }
}
