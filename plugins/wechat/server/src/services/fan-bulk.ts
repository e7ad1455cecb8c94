import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { UserInfo } from './fan-api';
import { UID } from '../lib/uids';

const INSERT_CHUNK = 500;
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A 24-character lowercase id shaped like Strapi's cuid2 document ids (a letter, then 23 base-36 characters). */
export function documentId(): string {
  const bytes = randomBytes(24);
  let id = ALPHABET[10 + (bytes[0] % 26)];
  for (let i = 1; i < 24; i++) id += ALPHABET[bytes[i] % 36];
  return id;
}

/** Table and column names of a content type, from Strapi's metadata (knex writes bypass the query engine). */
export function tableOf(strapi: Core.Strapi, uid: string) {
  const meta = strapi.db.metadata.get(uid) as unknown as { tableName: string; attributes: Record<string, { columnName?: string }> };
  const col = (attr: string) => meta.attributes[attr]?.columnName ?? attr.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return { table: meta.tableName, col };
}

const FOLLOWER_FIELDS = ['unionid', 'subscribed', 'subscribeTime', 'subscribeScene', 'tags', 'remark', 'syncedAt', 'updatedAt'];
/** A non-follower's user/info carries no subscribe time, tags or remark: keep ours. */
const LEFT_FIELDS = ['subscribed', 'syncedAt', 'updatedAt'];

/**
 * Upserts fans from user/info answers in multi-row INSERT ... ON DUPLICATE KEY UPDATE (MySQL) /
 * ON CONFLICT (key) DO UPDATE (SQLite) statements of 500 rows, on the unique `key` index.
 * New rows get what Strapi's document service would give them (document id, timestamps).
 */
export async function upsertFans(strapi: Core.Strapi, trx: Knex.Transaction, appId: string, infos: UserInfo[], now: Date): Promise<number> {
  const { table, col } = tableOf(strapi, UID.fan);
  const row = (info: UserInfo) => {
    const following = info.subscribe === 1;
    return {
      [col('documentId')]: documentId(),
      [col('appId')]: appId,
      [col('openid')]: info.openid,
      [col('key')]: `${appId}:${info.openid}`,
      [col('unionid')]: info.unionid || null,
      [col('subscribed')]: following,
      [col('subscribeTime')]: following && info.subscribe_time ? new Date(info.subscribe_time * 1000) : null,
      [col('subscribeScene')]: following ? info.subscribe_scene || null : null,
      [col('tags')]: JSON.stringify(following ? (info.tagid_list ?? []) : []),
      [col('remark')]: following ? info.remark || null : null,
      [col('syncedAt')]: now,
      [col('createdAt')]: now,
      [col('updatedAt')]: now,
      [col('publishedAt')]: now,
    };
  };
  const groups: [UserInfo[], string[]][] = [
    [infos.filter((i) => i.subscribe === 1), FOLLOWER_FIELDS],
    [infos.filter((i) => i.subscribe !== 1), LEFT_FIELDS],
  ];
  let written = 0;
  for (const [group, fields] of groups) {
    for (let i = 0; i < group.length; i += INSERT_CHUNK) {
      const rows = group.slice(i, i + INSERT_CHUNK).map(row);
      await trx(table).insert(rows).onConflict(col('key')).merge(fields.map(col));
      written += rows.length;
    }
  }
  return written;
}

/** SQL condition "the fan's `tags` JSON array holds tagId", for MySQL/MariaDB and SQLite. */
export function hasTag(strapi: Core.Strapi, qb: Knex.QueryBuilder, tagId: number): Knex.QueryBuilder {
  const { col } = tableOf(strapi, UID.fan);
  const tags = col('tags');
  if (strapi.db.dialect.client === 'sqlite') return qb.whereRaw(`EXISTS (SELECT 1 FROM json_each(??) WHERE json_each.value = ?)`, [tags, tagId]);
  return qb.whereRaw('JSON_CONTAINS(??, ?)', [tags, String(tagId)]);
}
