import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { documentId, tableOf } from '../lib/tables';
import { UID } from '../lib/uids';

/** A department as WeCom lists it. */
export interface WecomDepartment {
  id: number;
  name?: string;
  parentid?: number;
  order?: number;
}

/** A member as `user/get` answers (only userid and department when the detail could not be read). */
export interface WecomMember {
  userid: string;
  name?: string;
  department?: number[];
  main_department?: number;
  position?: string;
  mobile?: string;
  email?: string;
  gender?: string;
  alias?: string;
  status?: number;
}

const CHUNK = 500;
type Db = Knex | Knex.Transaction;

/**
 * WeDraw's mirror of a corp's contacts: multi-row upserts on the unique `key` (corpId:id), so a
 * replayed page, push or edit is an update and never a duplicate. The sync, the callback and the
 * operator's edits all write through here.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const db = (trx?: Db): Db => trx ?? strapi.db.connection;

  async function upsert(uid: string, rows: Record<string, unknown>[], merge: string[], trx?: Db): Promise<void> {
    const { table, col } = tableOf(strapi, uid);
    const now = new Date();
    const mapped = rows.map((r) => {
      const row: Record<string, unknown> = { [col('documentId')]: documentId(), [col('createdAt')]: now, [col('updatedAt')]: now };
      for (const [k, v] of Object.entries(r)) row[col(k)] = v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v;
      return row;
    });
    for (let i = 0; i < mapped.length; i += CHUNK) {
      await db(trx)(table)
        .insert(mapped.slice(i, i + CHUNK))
        .onConflict(col('key'))
        .merge([...merge, 'updatedAt'].map(col));
    }
  }

  const memberFields = (m: WecomMember) => {
    const fields: Record<string, unknown> = {};
    if (m.name !== undefined) fields.name = m.name;
    if (m.department !== undefined) fields.departments = m.department;
    if (m.main_department !== undefined) fields.mainDepartment = m.main_department;
    for (const k of ['position', 'mobile', 'email', 'gender', 'alias'] as const) if (m[k] !== undefined) fields[k] = m[k] || null;
    if (m.status !== undefined) fields.status = m.status;
    return fields;
  };

  return {
    async upsertDepartments(corpId: string, depts: WecomDepartment[], syncedAt: Date | null, trx?: Db): Promise<void> {
      const rows = depts.map((d) => {
        const row: Record<string, unknown> = { corpId, deptId: d.id, key: `${corpId}:${d.id}` };
        if (d.name !== undefined) row.name = d.name;
        if (d.parentid !== undefined) row.parentId = d.parentid;
        if (d.order !== undefined) row.sortOrder = d.order;
        if (syncedAt) row.syncedAt = syncedAt;
        return row;
      });
      const merge = Object.keys(rows[0] ?? {}).filter((k) => !['corpId', 'deptId', 'key'].includes(k));
      if (rows.length) await upsert(UID.department, rows, merge, trx);
    },

    /** Full member rows (a sync page): `detailRead` false keeps what is known of a member whose detail was refused. */
    async upsertMembers(corpId: string, members: (WecomMember & { detailRead?: boolean })[], syncedAt: Date | null, trx?: Db): Promise<void> {
      const groups = new Map<string, Record<string, unknown>[]>();
      for (const m of members) {
        const row = {
          corpId,
          userid: m.userid,
          key: `${corpId}:${m.userid}`,
          ...memberFields(m),
          detailRead: m.detailRead !== false,
          ...(syncedAt ? { syncedAt } : {}),
        };
        const shape = Object.keys(row).join(',');
        const group = groups.get(shape);
        if (group) group.push(row);
        else groups.set(shape, [row]);
      }
      for (const rows of groups.values()) {
        const merge = Object.keys(rows[0]!).filter((k) => !['corpId', 'userid', 'key'].includes(k));
        await upsert(UID.member, rows, merge, trx);
      }
    },

    async renameMember(corpId: string, from: string, to: string): Promise<void> {
      const { table, col } = tableOf(strapi, UID.member);
      await strapi.db
        .connection(table)
        .where(col('key'), `${corpId}:${from}`)
        .update({ [col('userid')]: to, [col('key')]: `${corpId}:${to}`, [col('updatedAt')]: new Date() });
    },

    async removeMember(corpId: string, userid: string): Promise<void> {
      await strapi.db.query(UID.member).deleteMany({ where: { key: `${corpId}:${userid}` } });
    },

    async removeDepartment(corpId: string, id: number): Promise<void> {
      await strapi.db.query(UID.department).deleteMany({ where: { key: `${corpId}:${id}` } });
    },

    async upsertTag(corpId: string, tag: { tagid: number; tagname?: string; userIds?: string[]; partyIds?: number[] }, syncedAt: Date | null): Promise<void> {
      const row: Record<string, unknown> = { corpId, tagId: tag.tagid, key: `${corpId}:${tag.tagid}` };
      if (tag.tagname !== undefined) row.name = tag.tagname;
      if (tag.userIds) row.userIds = tag.userIds;
      if (tag.partyIds) row.partyIds = tag.partyIds;
      if (syncedAt) row.syncedAt = syncedAt;
      await upsert(
        UID.tag,
        [row],
        Object.keys(row).filter((k) => !['corpId', 'tagId', 'key'].includes(k)),
      );
    },

    /** Rows the run of `since` did not see: gone from WeCom. */
    async removeUnseen(corpId: string, since: Date): Promise<number> {
      let removed = 0;
      for (const uid of [UID.member, UID.department, UID.tag]) {
        const { table, col } = tableOf(strapi, uid);
        removed += Number(
          await strapi.db
            .connection(table)
            .where(col('corpId'), corpId)
            .where((q) => q.whereNull(col('syncedAt')).orWhere(col('syncedAt'), '<', since))
            .where(col('updatedAt'), '<', since)
            .delete(),
        );
      }
      return removed;
    },
  };
};
