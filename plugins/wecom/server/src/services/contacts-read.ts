import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { pageWindow, paginationMeta, pagination, parse } from '@wedraw/kit';
import { tableOf } from '../lib/tables';
import { UID } from '../lib/uids';

export const memberFilters = pagination.extend({
  department: z.coerce.number().int().min(1).optional(),
  tag: z.coerce.number().int().min(1).optional(),
  status: z.coerce.number().int().min(1).max(5).optional(),
  q: z.string().trim().max(64).optional(),
});

type MemberRow = { userid: string; name: string | null; departments: number[] | string | null; status: number | null } & Record<string, unknown>;
const departmentsOf = (row: MemberRow): number[] => (typeof row.departments === 'string' ? JSON.parse(row.departments) : (row.departments ?? []));

/** What the admin pages read of the mirror: the department tree, members with filters, tags. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async departments(corpId: string) {
    const rows = (await strapi.db
      .query(UID.department)
      .findMany({ where: { corpId }, orderBy: [{ parentId: 'asc' }, { sortOrder: 'desc' }, { deptId: 'asc' }] })) as {
      deptId: number;
      name: string;
      parentId: number;
      sortOrder: number | string | null;
    }[];
    return rows.map((r) => ({ id: r.deptId, name: r.name, parentId: r.parentId, order: Number(r.sortOrder ?? 0) }));
  },

  async tags(corpId: string) {
    const rows = (await strapi.db.query(UID.tag).findMany({ where: { corpId }, orderBy: { tagId: 'asc' } })) as {
      tagId: number;
      name: string;
      userIds: string[] | null;
      partyIds: number[] | null;
    }[];
    return rows.map((r) => ({ tagId: r.tagId, name: r.name, userIds: r.userIds ?? [], partyIds: r.partyIds ?? [] }));
  },

  /** Members filtered by department (its subtree included), tag, status and name/userid. */
  async members(corpId: string, query: unknown) {
    const f = parse(memberFilters, query);
    const { table, col } = tableOf(strapi, UID.member);
    const qb = strapi.db.connection(table).where(col('corpId'), corpId);
    if (f.status) qb.where(col('status'), f.status);
    if (f.q) qb.where((w) => w.where(col('name'), 'like', `%${f.q}%`).orWhere(col('userid'), 'like', `%${f.q}%`));
    if (f.department) {
      const depts = await this.departments(corpId);
      const wanted = new Set([f.department]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const d of depts) {
          if (!wanted.has(d.parentId) || wanted.has(d.id)) continue;
          wanted.add(d.id);
          grew = true;
        }
      }
      const sqlite = strapi.db.dialect.client === 'sqlite';
      const contains = sqlite ? 'EXISTS (SELECT 1 FROM json_each(??) WHERE json_each.value = ?)' : 'JSON_CONTAINS(??, ?)';
      qb.where((w) => {
        for (const id of wanted) w.orWhereRaw(contains, [col('departments'), sqlite ? id : String(id)]);
      });
    }
    if (f.tag) {
      const tag = (await strapi.db.query(UID.tag).findOne({ where: { key: `${corpId}:${f.tag}` } })) as { userIds: string[] | null } | null;
      qb.whereIn(col('userid'), tag?.userIds ?? []);
    }
    const total = Number(((await qb.clone().count({ n: '*' })) as { n: number }[])[0]?.n ?? 0);
    const window = pageWindow(f);
    const rows = (await qb.orderBy(col('userid'), 'asc').offset(window.offset).limit(window.limit).select('*')) as Record<string, unknown>[];
    const fields = ['userid', 'name', 'departments', 'mainDepartment', 'position', 'mobile', 'email', 'gender', 'alias', 'status', 'detailRead', 'syncedAt'];
    const results = rows.map((r) => {
      const out = Object.fromEntries(fields.map((k) => [k, r[col(k)] ?? null])) as MemberRow;
      return { ...out, departments: departmentsOf(out), detailRead: Boolean(out.detailRead) };
    });
    return { results, ...paginationMeta(f, total) };
  },
});
