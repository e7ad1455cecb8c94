import type { Core } from '@strapi/strapi';
import { parse } from '@wedraw/kit';
import type { Knex } from 'knex';
import { z } from 'zod';
import { TAGGING_MAX, chunks, tagError, type FanApi, type WechatTag } from './fan-api';
import { hasTag, tableOf } from './fan-bulk';
import { services } from '../lib/services';
import { UID } from '../lib/uids';

export interface FanTag {
  id: number;
  documentId: string;
  appId: string;
  tagId: number;
  name: string;
  count: number;
}

const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');
const nameInput = z.object({
  name: z
    .string({ required_error: '请填写标签名', invalid_type_error: '标签名必须是字符串' })
    .trim()
    .min(1, '请填写标签名')
    .refine((s) => byteLength(s) <= 30, '标签名不能超过 30 个字节（约 10 个汉字）'),
});
const MAX_OPENIDS = 10_000;
const membersInput = z.object({
  openids: z
    .array(z.string().trim().min(1, 'openid 不能为空').max(64), { required_error: '请提供 openids', invalid_type_error: 'openids 必须是数组' })
    .min(1, '请至少选择一个粉丝')
    .max(MAX_OPENIDS, `一次最多 ${MAX_OPENIDS} 个粉丝`),
  action: z.enum(['tag', 'untag'], { invalid_type_error: 'action 只能是 tag 或 untag' }).default('tag'),
});
const tagIdOf = (raw: unknown): number => {
  const id = Number(raw);
  return parse(z.object({ tagId: z.number().int('标签 ID 必须是整数').min(0, '标签 ID 必须是整数') }), { tagId: Number.isFinite(id) ? id : NaN }).tagId;
};

/**
 * Fan tags mirrored to WeChat: every change is made on WeChat first (through the app's client) and
 * then written locally, so the local copy never holds a tag WeChat refused. Bulk (un)tagging goes
 * in calls of at most 50 openids (WeChat's limit) and updates the fans' `tags` arrays as it goes.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const official = (appId: unknown) => services(strapi).apps.resolve('official', appId);
  const apiOf = async (appId: unknown) => {
    const app = await official(appId);
    return { app, api: services(strapi).clients.api(app) as unknown as FanApi };
  };
  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw tagError(err);
    }
  };
  const findTag = (appId: string, tagId: number) => strapi.db.query(UID.fanTag).findOne({ where: { appId, tagId } }) as Promise<FanTag | null>;

  /** Rewrites the `tags` arrays of the given fans (rows grouped by their new value: one UPDATE per group). */
  async function rewriteFanTags(where: (qb: Knex.QueryBuilder) => Knex.QueryBuilder, change: (tags: number[]) => number[]): Promise<void> {
    const { table, col } = tableOf(strapi, UID.fan);
    const knex = strapi.db.connection;
    const rows = (await where(knex(table).select('id', col('tags')))) as { id: number; [k: string]: unknown }[];
    const groups = new Map<string, number[]>();
    for (const r of rows) {
      const raw = r[col('tags')];
      const tags = Array.isArray(raw) ? (raw as number[]) : JSON.parse(String(raw || '[]'));
      const next = JSON.stringify(change(tags));
      if (next === JSON.stringify(tags)) continue;
      const group = groups.get(next);
      if (group) group.push(r.id);
      else groups.set(next, [r.id]);
    }
    for (const [tags, ids] of groups)
      for (const part of chunks(ids, 1000))
        await knex(table)
          .whereIn('id', part)
          .update({ [col('tags')]: tags, [col('updatedAt')]: new Date() });
  }

  return {
    async list(appId?: unknown): Promise<FanTag[]> {
      const app = await official(appId);
      return strapi.db.query(UID.fanTag).findMany({ where: { appId: app.appId }, orderBy: { tagId: 'asc' } }) as Promise<FanTag[]>;
    },

    /** Replaces the local tags of the app with WeChat's list (names and counts). */
    async pull(appId?: unknown): Promise<FanTag[]> {
      const { app, api } = await apiOf(appId);
      const { tags } = await call(() => api.getTags());
      const local = (await strapi.db.query(UID.fanTag).findMany({ where: { appId: app.appId } })) as FanTag[];
      const known = new Map(local.map((t) => [t.tagId, t]));
      for (const t of tags as WechatTag[]) {
        const data = { name: t.name, count: t.count ?? 0 };
        const mine = known.get(t.id);
        if (!mine) await strapi.db.query(UID.fanTag).create({ data: { appId: app.appId, tagId: t.id, ...data } });
        else if (mine.name !== data.name || mine.count !== data.count) await strapi.db.query(UID.fanTag).update({ where: { id: mine.id }, data });
      }
      const gone = local.filter((t) => !tags.some((w) => w.id === t.tagId)).map((t) => t.id);
      if (gone.length) await strapi.db.query(UID.fanTag).deleteMany({ where: { id: { $in: gone } } });
      return this.list(app.appId);
    },

    async create(appId: unknown, input: unknown): Promise<FanTag> {
      const { name } = parse(nameInput, input);
      const { app, api } = await apiOf(appId);
      const { tag } = await call(() => api.createTags(name));
      const existing = await findTag(app.appId, tag.id);
      if (existing) return (await strapi.db.query(UID.fanTag).update({ where: { id: existing.id }, data: { name: tag.name } })) as FanTag;
      return (await strapi.db.query(UID.fanTag).create({ data: { appId: app.appId, tagId: tag.id, name: tag.name, count: 0 } })) as FanTag;
    },

    async rename(appId: unknown, rawTagId: unknown, input: unknown): Promise<FanTag> {
      const tagId = tagIdOf(rawTagId);
      const { name } = parse(nameInput, input);
      const { app, api } = await apiOf(appId);
      await call(() => api.updateTag(tagId, name));
      const existing = await findTag(app.appId, tagId);
      if (existing) return (await strapi.db.query(UID.fanTag).update({ where: { id: existing.id }, data: { name } })) as FanTag;
      return (await strapi.db.query(UID.fanTag).create({ data: { appId: app.appId, tagId, name, count: 0 } })) as FanTag;
    },

    /** Deletes the tag on WeChat, then locally, and takes it off every local fan. */
    async remove(appId: unknown, rawTagId: unknown): Promise<void> {
      const tagId = tagIdOf(rawTagId);
      const { app, api } = await apiOf(appId);
      await call(() => api.deleteTag(tagId));
      await strapi.db.query(UID.fanTag).deleteMany({ where: { appId: app.appId, tagId } });
      const { col } = tableOf(strapi, UID.fan);
      await rewriteFanTags(
        (qb) => hasTag(strapi, qb.where(col('appId'), app.appId), tagId),
        (tags) => tags.filter((t) => t !== tagId),
      );
    },

    /**
     * Tags (or untags) fans on WeChat in calls of at most 50 openids, mirroring each accepted call
     * locally. A refused call stops the run: the answer says how many fans were already done.
     */
    async members(
      appId: unknown,
      rawTagId: unknown,
      input: unknown,
    ): Promise<{ tagId: number; action: 'tag' | 'untag'; applied: number; calls: number; tag: FanTag | null }> {
      const tagId = tagIdOf(rawTagId);
      const { openids, action } = parse(membersInput, input);
      const { app, api } = await apiOf(appId);
      const unique = [...new Set(openids)];
      const { col } = tableOf(strapi, UID.fan);
      let applied = 0;
      let calls = 0;
      for (const batch of chunks(unique, TAGGING_MAX)) {
        try {
          await (action === 'tag' ? api.batchTagging(batch, tagId) : api.batchUnTagging(batch, tagId));
        } catch (err) {
          const e = tagError(err) as Error & { details?: Record<string, unknown> };
          e.details = { ...(e.details ?? {}), applied, failedBatch: batch.length };
          throw e;
        }
        calls += 1;
        applied += batch.length;
        await rewriteFanTags(
          (qb) => qb.where(col('appId'), app.appId).whereIn(col('openid'), batch),
          (tags) => (action === 'tag' ? (tags.includes(tagId) ? tags : [...tags, tagId]) : tags.filter((t) => t !== tagId)),
        );
      }
      await this.pull(app.appId); // counts as WeChat reports them
      return { tagId, action, applied, calls, tag: await findTag(app.appId, tagId) };
    },
  };
};
