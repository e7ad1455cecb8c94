import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { businessError, notFound, parse } from '@wedraw/kit';
import { orRefused } from '../clients/errcodes';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import type { WecomCorp } from './corps';
import type { WecomMember } from './directory';

/** WeCom's department name rule: 1–64 characters, none of \:*?"<>| (wecom-and-pay.md A2). */
const deptName = z
  .string()
  .trim()
  .min(1, '部门名称不能为空')
  .max(64, '部门名称最多 64 个字符')
  .regex(/^[^\\:*?"<>|]*$/, '部门名称不能包含 \\:*?"<>| 等字符');
const deptId = z.coerce.number().int().min(1);

export const departmentCreate = z.object({ name: deptName, parentId: deptId, order: z.coerce.number().int().min(0).optional() });
export const departmentUpdate = z.object({ name: deptName.optional(), parentId: deptId.optional(), order: z.coerce.number().int().min(0).optional() });

const userid = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.@-]{1,64}$/, 'UserID 为 1–64 位字母、数字或 _.@-');
const memberFields = {
  name: z.string().trim().min(1).max(64),
  departments: z.array(deptId).min(1, '至少选择一个部门').max(100),
  position: z.string().trim().max(128).optional(),
  mobile: z
    .string()
    .trim()
    .regex(/^\+?[0-9-]{5,20}$/, '手机号码格式不正确')
    .optional()
    .or(z.literal('')),
  email: z.string().trim().email('邮箱格式不正确').optional().or(z.literal('')),
  gender: z.enum(['1', '2']).optional(),
};
export const memberCreate = z.object({ userid, ...memberFields });
export const memberUpdate = z.object(memberFields).partial();
export const tagCreate = z.object({ name: z.string().trim().min(1).max(32, '标签名最多 32 个字符') });
export const tagMembers = z.object({ add: z.array(userid).max(1000).default([]), remove: z.array(userid).max(1000).default([]) });

const blankless = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== ''));

/**
 * Operator edits of the contacts: checked here, written to WeCom first (its refusal is a 409
 * `WecomRefused` and nothing changes in WeDraw), then mirrored. WeCom does not push back the
 * changes an API call made, so the mirror is written here and only here.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const directory = () => services(strapi).directory;
  const contacts = (corp: WecomCorp) => services(strapi).clients.client(corp, 'contacts');
  const corpOf = (corpId: string) => services(strapi).corps.require(corpId);

  async function departmentsOf(corpId: string): Promise<{ deptId: number; parentId: number }[]> {
    return (await strapi.db.query(UID.department).findMany({ where: { corpId }, select: ['deptId', 'parentId'] })) as { deptId: number; parentId: number }[];
  }

  /** Is `candidate` the department `root` or one below it? */
  function inSubtree(rows: { deptId: number; parentId: number }[], root: number, candidate: number): boolean {
    const parent = new Map(rows.map((r) => [r.deptId, r.parentId]));
    for (let at: number | undefined = candidate, hops = 0; at !== undefined && hops < 1000; at = parent.get(at), hops++) if (at === root) return true;
    return false;
  }

  async function rereadMember(corp: WecomCorp, id: string): Promise<WecomMember> {
    const { errcode: _errcode, errmsg: _errmsg, ...member } = await orRefused(() => contacts(corp).get<WecomMember>('/cgi-bin/user/get', { userid: id }));
    await directory().upsertMembers(corp.corpId, [member], null);
    return member;
  }

  return {
    async createDepartment(corpId: string, input: unknown) {
      const data = parse(departmentCreate, input);
      const corp = await corpOf(corpId);
      const made = await orRefused(() =>
        contacts(corp).post<{ id: number }>('/cgi-bin/department/create', blankless({ name: data.name, parentid: data.parentId, order: data.order })),
      );
      await directory().upsertDepartments(corp.corpId, [{ id: made.id, name: data.name, parentid: data.parentId, order: data.order ?? 0 }], null);
      return { id: made.id, name: data.name, parentId: data.parentId };
    },

    /** Rename, reorder or move (层级调整); a move under its own subtree is refused before WeCom is asked. */
    async updateDepartment(corpId: string, id: number, input: unknown) {
      const data = parse(departmentUpdate, input);
      const corp = await corpOf(corpId);
      if (data.parentId !== undefined && inSubtree(await departmentsOf(corp.corpId), id, data.parentId)) {
        throw businessError('DepartmentCycle', '不能把部门移到它自己或它的下级部门之下', { id, parentId: data.parentId });
      }
      await orRefused(() => contacts(corp).post('/cgi-bin/department/update', blankless({ id, name: data.name, parentid: data.parentId, order: data.order })));
      await directory().upsertDepartments(corp.corpId, [{ id, name: data.name, parentid: data.parentId, order: data.order }], null);
      return { id, ...data };
    },

    async deleteDepartment(corpId: string, id: number) {
      const corp = await corpOf(corpId);
      const rows = await departmentsOf(corp.corpId);
      if (rows.some((r) => r.parentId === id)) throw businessError('DepartmentHasChildren', '部门下还有子部门，不能删除', { id });
      await orRefused(() => contacts(corp).get('/cgi-bin/department/delete', { id }));
      await directory().removeDepartment(corp.corpId, id);
    },

    async createMember(corpId: string, input: unknown) {
      const data = parse(memberCreate, input);
      const corp = await corpOf(corpId);
      const body = blankless({
        userid: data.userid,
        name: data.name,
        department: data.departments,
        position: data.position,
        mobile: data.mobile,
        email: data.email,
        gender: data.gender,
      });
      await orRefused(() => contacts(corp).post('/cgi-bin/user/create', body));
      return rereadMember(corp, data.userid);
    },

    async updateMember(corpId: string, id: string, input: unknown) {
      const data = parse(memberUpdate, input);
      const corp = await corpOf(corpId);
      const body = blankless({
        userid: id,
        name: data.name,
        department: data.departments,
        position: data.position,
        mobile: data.mobile,
        email: data.email,
        gender: data.gender,
      });
      await orRefused(() => contacts(corp).post('/cgi-bin/user/update', body));
      return rereadMember(corp, id);
    },

    /** 离职: the member is deleted in WeCom (its customers go to 离职继承 there), then here. */
    async resignMember(corpId: string, id: string) {
      const corp = await corpOf(corpId);
      const known = await strapi.db.query(UID.member).findOne({ where: { key: `${corp.corpId}:${id}` } });
      if (!known) throw notFound('成员不存在');
      await orRefused(() => contacts(corp).get('/cgi-bin/user/delete', { userid: id }));
      await directory().removeMember(corp.corpId, id);
    },

    async createTag(corpId: string, input: unknown) {
      const data = parse(tagCreate, input);
      const corp = await corpOf(corpId);
      const made = await orRefused(() => contacts(corp).post<{ tagid: number }>('/cgi-bin/tag/create', { tagname: data.name }));
      await directory().upsertTag(corp.corpId, { tagid: made.tagid, tagname: data.name, userIds: [], partyIds: [] }, null);
      return { tagId: made.tagid, name: data.name };
    },

    /** Bulk tagging: members added to and removed from a tag; WeCom's `invalidlist` is returned. */
    async tagMembers(corpId: string, tagId: number, input: unknown) {
      const data = parse(tagMembers, input);
      const corp = await corpOf(corpId);
      const invalid: string[] = [];
      for (const [path, list] of [
        ['/cgi-bin/tag/addtagusers', data.add],
        ['/cgi-bin/tag/deltagusers', data.remove],
      ] as const) {
        if (!list.length) continue;
        const answer = await orRefused(() => contacts(corp).post<{ invalidlist?: string }>(path, { tagid: tagId, userlist: list }));
        if (answer.invalidlist) invalid.push(...answer.invalidlist.split('|'));
      }
      const got = await orRefused(() =>
        contacts(corp).get<{ tagname: string; userlist: { userid: string }[]; partylist: number[] }>('/cgi-bin/tag/get', { tagid: tagId }),
      );
      const userIds = got.userlist.map((u) => u.userid);
      await directory().upsertTag(corp.corpId, { tagid: tagId, tagname: got.tagname, userIds, partyIds: got.partylist ?? [] }, null);
      return { tagId, userIds, invalid };
    },
  };
};
