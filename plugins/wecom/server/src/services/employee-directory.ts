import type { Core } from '@strapi/strapi';
import createError from 'http-errors';
import { z } from 'zod';
import { notFound, pageWindow, paginationMeta, pagination, parse } from '@wedraw/kit';
import { tableOf } from '../lib/tables';
import { UID } from '../lib/uids';

/** `?q=` searches name, userid and department names; `?department=` keeps one department (its subtree included). */
export const employeeMemberQuery = pagination.extend({
  q: z.string().trim().max(64).optional(),
  department: z.coerce.number().int().min(1).optional(),
});

/** WeCom's member status 5: left the corp. Such members are not in the directory and cannot use it. */
const LEFT = 5;

type Row = Record<string, unknown>;
type Department = { id: number; name: string; parentId: number };

/** `13812341234` → `138****1234`; shorter numbers keep only their last two digits. */
export function maskMobile(mobile: unknown): string | null {
  const text = typeof mobile === 'string' ? mobile.trim() : '';
  if (!text) return null;
  const digits = text.replace(/^\+86[- ]?/, '');
  if (digits.length >= 7) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return `${'*'.repeat(Math.max(digits.length - 2, 1))}${digits.slice(-2)}`;
}

const jsonArray = (value: unknown): number[] => (typeof value === 'string' ? (JSON.parse(value) as number[]) : Array.isArray(value) ? value : []);

/**
 * The employees' directory (the WeCom H5's 通讯录): only a users-permissions user linked to a member
 * of a corp (WeCom web login) reads it, and only that corp's members. Mobiles are masked.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const { table, col } = tableOf(strapi, UID.member);

  async function departmentsOf(corpId: string): Promise<Map<number, Department>> {
    const rows = (await strapi.db.query(UID.department).findMany({ where: { corpId }, select: ['deptId', 'name', 'parentId'] })) as {
      deptId: number;
      name: string | null;
      parentId: number | null;
    }[];
    return new Map(rows.map((r) => [r.deptId, { id: r.deptId, name: r.name ?? String(r.deptId), parentId: r.parentId ?? 0 }]));
  }

  /** The department and every department under it. */
  function subtree(depts: Map<number, Department>, roots: number[]): number[] {
    const wanted = new Set(roots);
    for (let grew = true; grew; ) {
      grew = false;
      for (const d of depts.values()) {
        if (wanted.has(d.parentId) && !wanted.has(d.id)) {
          wanted.add(d.id);
          grew = true;
        }
      }
    }
    return [...wanted];
  }

  const named = (depts: Map<number, Department>, ids: number[]) => ids.map((id) => ({ id, name: depts.get(id)?.name ?? String(id) }));

  function card(row: Row, depts: Map<number, Department>) {
    const departments = jsonArray(row[col('departments')]);
    return {
      userid: String(row[col('userid')]),
      name: (row[col('name')] as string | null) || String(row[col('userid')]),
      position: (row[col('position')] as string | null) || null,
      departments: named(depts, departments),
    };
  }

  function detail(row: Row, depts: Map<number, Department>) {
    const main = row[col('mainDepartment')] as number | null;
    return {
      ...card(row, depts),
      alias: (row[col('alias')] as string | null) || null,
      gender: (row[col('gender')] as string | null) || null,
      mainDepartment: main ? { id: main, name: depts.get(main)?.name ?? String(main) } : null,
      mobile: maskMobile(row[col('mobile')]),
      email: (row[col('email')] as string | null) || null,
      status: (row[col('status')] as number | null) ?? null,
    };
  }

  /** The member linked to the user; 403 `NotAnEmployee` for anyone else (mall visitors, members who left). */
  async function employee(userId: number): Promise<Row> {
    const member = (await strapi.db.query(UID.member).findOne({ where: { user: { id: userId } }, orderBy: { id: 'asc' } })) as {
      id: number;
      status: number | null;
    } | null;
    if (!member || member.status === LEFT) throw createError(403, '仅企业微信成员可以使用，请用企业微信登录', { name: 'NotAnEmployee' });
    return (await strapi.db.connection(table).where('id', member.id).first()) as Row;
  }

  const corpOf = (row: Row) => String(row[col('corpId')]);

  return {
    /** Who the user is in WeCom (403 `NotAnEmployee` otherwise): for the H5's other pages. */
    async identity(userId: number): Promise<{ corpId: string; userid: string }> {
      const row = await employee(userId);
      return { corpId: corpOf(row), userid: String(row[col('userid')]) };
    },

    /** The logged-in employee: who, in which corp and departments (the H5's 工作台). */
    async me(userId: number) {
      const row = await employee(userId);
      const corpId = corpOf(row);
      const [depts, corp] = await Promise.all([
        departmentsOf(corpId),
        strapi.db.query(UID.corp).findOne({ where: { corpId }, select: ['name'] }) as Promise<{ name: string | null } | null>,
      ]);
      return { corpId, corpName: corp?.name ?? corpId, ...detail(row, depts) };
    },

    /** Members of the employee's corp (those who left excepted), by name, userid or department name, paged. */
    async members(userId: number, query: unknown) {
      const f = parse(employeeMemberQuery, query);
      const corpId = corpOf(await employee(userId));
      const depts = await departmentsOf(corpId);
      const sqlite = strapi.db.dialect.client === 'sqlite';
      const contains = sqlite ? 'EXISTS (SELECT 1 FROM json_each(??) WHERE json_each.value = ?)' : 'JSON_CONTAINS(??, ?)';
      const inDepartments = (w: { orWhereRaw: (sql: string, bindings: unknown[]) => unknown }, ids: number[]) => {
        for (const id of ids) w.orWhereRaw(contains, [col('departments'), sqlite ? id : String(id)]);
      };
      const qb = strapi.db
        .connection(table)
        .where(col('corpId'), corpId)
        .where((w) => w.whereNull(col('status')).orWhereNot(col('status'), LEFT));
      if (f.department) {
        const ids = subtree(depts, [f.department]);
        qb.where((w) => inDepartments(w, ids));
      }
      if (f.q) {
        const like = `%${f.q}%`;
        const matching = [...depts.values()].filter((d) => d.name.includes(f.q!)).map((d) => d.id);
        qb.where((w) => {
          w.where(col('name'), 'like', like).orWhere(col('userid'), 'like', like).orWhere(col('alias'), 'like', like);
          if (matching.length) inDepartments(w, subtree(depts, matching));
        });
      }
      const total = Number(((await qb.clone().count({ n: '*' })) as { n: number | string }[])[0]?.n ?? 0);
      const window = pageWindow(f);
      const rows = (await qb.orderBy(col('userid'), 'asc').offset(window.offset).limit(window.limit).select('*')) as Row[];
      return { results: rows.map((r) => card(r, depts)), ...paginationMeta(f, total) };
    },

    /** One member of the employee's corp, with departments, position and the mobile masked. */
    async member(userId: number, userid: string) {
      const corpId = corpOf(await employee(userId));
      const row = (await strapi.db.connection(table).where(col('corpId'), corpId).where(col('userid'), userid).first()) as Row | undefined;
      if (!row || row[col('status')] === LEFT) throw notFound('该成员不存在或已离职');
      return detail(row, await departmentsOf(corpId));
    },
  };
};
