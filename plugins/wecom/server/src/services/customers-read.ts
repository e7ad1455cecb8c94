import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { notFound, pageWindow, pagination, paginationMeta, parse } from '@wedraw/kit';
import { orRefused } from '../clients/errcodes';
import { services } from '../lib/services';
import { tableOf } from '../lib/tables';
import { UID } from '../lib/uids';

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD');

export const customerFilters = pagination.extend({
  followUser: z.string().trim().max(64).optional(),
  state: z.string().trim().max(30).optional(),
  addedFrom: day.optional(),
  addedTo: day.optional(),
  q: z.string().trim().max(64).optional(),
  /** A corp tag id (get_corp_tag_list): customers a follower tagged with it. */
  tag: z
    .string()
    .trim()
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, '标签 ID 只含字母、数字、- 和 _')
    .optional(),
  /** Also the follows that ended (deleted by either side). */
  includeDeleted: z.enum(['true', 'false']).optional(),
});

type Row = Record<string, unknown>;
const jsonOf = <T>(v: unknown, fallback: T): T => (typeof v === 'string' ? (JSON.parse(v) as T) : ((v as T) ?? fallback));
/** A day boundary in China time (the operators' day). */
const chinaDay = (d: string, end = false) => new Date(`${d}T${end ? '23:59:59.999' : '00:00:00.000'}+08:00`);

/** What the 客户 page reads: follows (customer × member) with filters, and a customer with every follow. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(corpId: string, query: unknown) {
    const f = parse(customerFilters, query);
    const fo = tableOf(strapi, UID.customerFollow);
    const cu = tableOf(strapi, UID.customer);
    const F = (a: string) => `f.${fo.col(a)}`;
    const C = (a: string) => `c.${cu.col(a)}`;
    const qb = strapi.db
      .connection(`${fo.table} as f`)
      .leftJoin(`${cu.table} as c`, function join() {
        this.on(C('corpId'), '=', F('corpId')).andOn(C('externalUserid'), '=', F('externalUserid'));
      })
      .where(F('corpId'), corpId);
    if (f.includeDeleted !== 'true') qb.whereNull(F('deletedAt'));
    if (f.followUser) qb.where(F('userid'), f.followUser);
    if (f.state) qb.where(F('state'), 'like', `${f.state.replace(/[%_\\]/g, '\\$&')}%`);
    if (f.addedFrom) qb.where(F('addedAt'), '>=', chinaDay(f.addedFrom));
    if (f.addedTo) qb.where(F('addedAt'), '<=', chinaDay(f.addedTo, true));
    // Follow tags are a JSON array of `{group, name, type, id}`: one element with this id.
    if (f.tag) {
      if (strapi.db.dialect.client === 'sqlite')
        qb.whereRaw(`EXISTS (SELECT 1 FROM json_each(??) WHERE json_extract(json_each.value, '$.id') = ?)`, [F('tags'), f.tag]);
      else qb.whereRaw('JSON_CONTAINS(??, ?)', [F('tags'), JSON.stringify({ id: f.tag })]);
    }
    if (f.q) qb.where((w) => w.where(C('name'), 'like', `%${f.q}%`).orWhere(F('externalUserid'), 'like', `%${f.q}%`).orWhere(F('remark'), 'like', `%${f.q}%`));
    const total = Number(((await qb.clone().count({ n: '*' })) as { n: number }[])[0]?.n ?? 0);
    const window = pageWindow(f);
    const rows = (await qb
      .orderBy(F('addedAt'), 'desc')
      .orderBy(F('id'), 'desc')
      .offset(window.offset)
      .limit(window.limit)
      .select(
        `${F('externalUserid')} as externalUserid`,
        `${F('userid')} as userid`,
        `${F('remark')} as remark`,
        `${F('state')} as state`,
        `${F('addWay')} as addWay`,
        `${F('addedAt')} as addedAt`,
        `${F('tags')} as tags`,
        `${F('deletedAt')} as deletedAt`,
        `${F('deleteReason')} as deleteReason`,
        `${C('name')} as name`,
        `${C('avatar')} as avatar`,
        `${C('type')} as type`,
        `${C('gender')} as gender`,
      )) as Row[];
    const results = rows.map((r) => ({
      ...r,
      addedAt: r.addedAt ? new Date(r.addedAt as string).toISOString() : null,
      deletedAt: r.deletedAt ? new Date(r.deletedAt as string).toISOString() : null,
      tags: jsonOf(r.tags, []),
    }));
    return { results, ...paginationMeta(f, total) };
  },

  /** A customer with every follow (ended ones included): remarks, tags, channel state. */
  async get(corpId: string, externalUserid: string) {
    const customer = (await strapi.db.query(UID.customer).findOne({ where: { key: `${corpId}:${externalUserid}` } })) as Row | null;
    if (!customer) throw notFound('客户不存在');
    const follows = (await strapi.db.query(UID.customerFollow).findMany({ where: { corpId, externalUserid }, orderBy: { addedAt: 'asc' } })) as Row[];
    const { id: _id, key: _key, ...rest } = customer;
    return {
      ...rest,
      follows: follows.map((f) => ({
        userid: f.userid,
        remark: f.remark,
        description: f.description,
        addedAt: f.addedAt,
        state: f.state,
        addWay: f.addWay,
        tags: f.tags ?? [],
        deletedAt: f.deletedAt,
        deleteReason: f.deleteReason,
      })),
    };
  },

  /** The corp's customer tag library, read from WeCom (`get_corp_tag_list`): the filter's choices. */
  async tagLibrary(corpId: string) {
    const client = services(strapi).clients.client(await services(strapi).corps.require(corpId), 'customer');
    const answer = await orRefused(() =>
      client.post<{ tag_group?: { group_id: string; group_name: string; tag?: { id: string; name: string }[] }[] }>(
        '/cgi-bin/externalcontact/get_corp_tag_list',
        {},
      ),
    );
    return (answer.tag_group ?? []).map((g) => ({
      groupId: g.group_id,
      groupName: g.group_name,
      tags: (g.tag ?? []).map((t) => ({ id: t.id, name: t.name })),
    }));
  },
});
