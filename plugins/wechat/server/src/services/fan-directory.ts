import type { Core } from '@strapi/strapi';
import { notFound, pageWindow, pagination, paginationMeta, parse } from '@wedraw/kit';
import { z } from 'zod';
import { hasTag, tableOf } from './fan-bulk';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import type { FanTag } from './fan-tags';

const time = z.string().datetime({ offset: true, message: '时间格式应为 ISO 8601，如 2026-01-01T00:00:00Z' }).optional();
const listQuery = pagination.extend({
  appId: z.string().optional(),
  tagId: z.coerce.number({ invalid_type_error: '标签 ID 必须是整数' }).int('标签 ID 必须是整数').min(0).optional(),
  subscribed: z.enum(['true', 'false'], { message: 'subscribed 只能是 true 或 false' }).optional(),
  subscribedFrom: time,
  subscribedTo: time,
  q: z.string().max(64, '搜索词太长').optional(),
});

const FAN_FIELDS = [
  'id',
  'documentId',
  'appId',
  'openid',
  'unionid',
  'subscribed',
  'subscribeTime',
  'unsubscribeTime',
  'subscribeScene',
  'tags',
  'remark',
  'lastInteractionAt',
  'syncedAt',
  'createdAt',
  'updatedAt',
];

/**
 * The fan list operators filter (tag, follow state, follow time, openid/unionid/remark search) and
 * a fan's detail: tag names, recent messages, the linked user and, through the points plugin's
 * ledger, that user's balance.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(rawQuery: unknown) {
    const query = parse(listQuery, rawQuery);
    const app = await services(strapi).apps.resolve('official', query.appId);
    const { table, col } = tableOf(strapi, UID.fan);
    let qb = strapi.db.connection(table).where(col('appId'), app.appId);
    if (query.tagId !== undefined) qb = hasTag(strapi, qb, query.tagId);
    if (query.subscribed) qb = qb.where(col('subscribed'), query.subscribed === 'true');
    if (query.subscribedFrom) qb = qb.where(col('subscribeTime'), '>=', new Date(query.subscribedFrom));
    if (query.subscribedTo) qb = qb.where(col('subscribeTime'), '<', new Date(query.subscribedTo));
    if (query.q) {
      // '!' escapes LIKE wildcards the same way in MySQL and SQLite.
      const like = `%${query.q.replace(/[!%_]/g, (c) => `!${c}`)}%`;
      const contains = (c: string) => [`?? LIKE ? ESCAPE '!'`, [col(c), like]] as const;
      qb = qb.where((w) =>
        w
          .whereRaw(...contains('openid'))
          .orWhereRaw(...contains('unionid'))
          .orWhereRaw(...contains('remark')),
      );
    }
    const [idRows, countRow] = await Promise.all([
      qb.clone().select('id').orderBy('id', 'desc').offset(pageWindow(query).offset).limit(query.pageSize),
      qb.clone().count({ n: '*' }).first(),
    ]);
    const ids = (idRows as { id: number }[]).map((r) => r.id);
    const total = Number((countRow as { n?: number | string } | undefined)?.n ?? 0);
    const rows = ids.length
      ? await strapi.db
          .query(UID.fan)
          .findMany({ where: { id: { $in: ids } }, select: FAN_FIELDS, populate: { user: { select: ['id', 'username'] } }, orderBy: { id: 'desc' } })
      : [];
    return { results: rows, ...paginationMeta(query, total) };
  },

  async detail(documentId: string) {
    const fan = (await strapi.db
      .query(UID.fan)
      .findOne({ where: { documentId }, select: FAN_FIELDS, populate: { user: { select: ['id', 'username', 'email'] } } })) as
      | ({ appId: string; openid: string; tags: number[] | null; user: { id: number; username: string } | null } & Record<string, unknown>)
      | null;
    if (!fan) throw notFound('粉丝不存在');
    const tagIds = Array.isArray(fan.tags) ? fan.tags : [];
    const [tagRows, messages, points] = await Promise.all([
      tagIds.length
        ? (strapi.db.query(UID.fanTag).findMany({ where: { appId: fan.appId, tagId: { $in: tagIds } } }) as Promise<FanTag[]>)
        : Promise.resolve([] as FanTag[]),
      services(strapi).messages.forFan(fan.appId, fan.openid),
      fan.user ? this.points(fan.user.id) : Promise.resolve(null),
    ]);
    const names = new Map(tagRows.map((t) => [t.tagId, t.name]));
    return {
      ...fan,
      tagList: tagIds.map((id) => ({ tagId: id, name: names.get(id) ?? null })),
      messages: messages.results,
      points,
    };
  },

  /** The linked user's points through the points plugin's ledger (null when the plugin is absent). */
  async points(userId: number): Promise<{ balance: number; earned: number; spent: number; expired: number } | null> {
    const ledger = strapi.plugin('points')?.service('ledger') as
      | { balance(user: number): Promise<{ balance: number; earned: number; spent: number; expired: number }> }
      | undefined;
    if (!ledger) return null;
    const a = await ledger.balance(userId);
    return { balance: a.balance, earned: a.earned, spent: a.spent, expired: a.expired };
  },
});
