import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { boundedInt, notFound, pageWindow, pagination, paginationMeta, parse } from '@wedraw/kit';
import { UID } from '../lib/uids';

export const groupFilters = pagination.extend({
  name: z.string().trim().max(64).optional(),
  owner: z.string().trim().max(64).optional(),
  minMembers: boundedInt(0, 100000).optional(),
  maxMembers: boundedInt(0, 100000).optional(),
  /** `active` (default), `dismissed` or `all`. */
  status: z.enum(['active', 'dismissed', 'all']).default('active'),
});

type Row = Record<string, unknown>;
const groupView = (g: Row) => ({
  chatId: g.chatId,
  name: g.name,
  owner: g.owner,
  notice: g.notice,
  createTime: g.createTime,
  memberCount: g.memberCount,
  status: g.status,
  dismissedAt: g.dismissedAt,
  syncedAt: g.syncedAt,
});

/** What the 客户群 page reads: groups with filters, and a group with its members (leavers included). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(corpId: string, query: unknown) {
    const f = parse(groupFilters, query);
    const memberCount = {
      ...(f.minMembers !== undefined ? { $gte: f.minMembers } : {}),
      ...(f.maxMembers !== undefined ? { $lte: f.maxMembers } : {}),
    };
    const where = {
      corpId,
      ...(f.name ? { name: { $contains: f.name } } : {}),
      ...(f.owner ? { owner: f.owner } : {}),
      ...(Object.keys(memberCount).length ? { memberCount } : {}),
      ...(f.status === 'active' ? { dismissedAt: null } : f.status === 'dismissed' ? { dismissedAt: { $notNull: true } } : {}),
    };
    const [rows, total] = await Promise.all([
      strapi.db.query(UID.customerGroup).findMany({ where, orderBy: [{ createTime: 'desc' }, { id: 'desc' }], ...pageWindow(f) }) as Promise<Row[]>,
      strapi.db.query(UID.customerGroup).count({ where }),
    ]);
    return { results: rows.map(groupView), ...paginationMeta(f, total) };
  },

  async get(corpId: string, chatId: string) {
    const group = (await strapi.db.query(UID.customerGroup).findOne({ where: { key: `${corpId}:${chatId}` } })) as Row | null;
    if (!group) throw notFound('客户群不存在');
    const members = (await strapi.db
      .query(UID.customerGroupMember)
      .findMany({ where: { corpId, chatId }, orderBy: [{ joinTime: 'asc' }, { id: 'asc' }] })) as Row[];
    return {
      ...groupView(group),
      members: members.map((m) => ({
        memberId: m.memberId,
        type: m.type,
        name: m.name,
        joinTime: m.joinTime,
        joinScene: m.joinScene,
        invitor: m.invitor,
        leftAt: m.leftAt,
        quitScene: m.quitScene,
      })),
    };
  },
});
