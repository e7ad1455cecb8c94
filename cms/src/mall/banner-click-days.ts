import { createHmac, randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { shanghaiDay } from '@wedraw/kit';
import { columnName, tableName } from './schema-names';

export const BANNER_CLICK_UID = 'api::banner-click.banner-click';

/**
 * Who clicked: the logged-in user, else an HMAC of the client's IP and User-Agent keyed with the
 * server's secret (neither is stored, and the key cannot be reversed by hashing every IPv4 address).
 */
export function visitorKey(secret: string, who: { userId?: number | string | null; ip?: string; userAgent?: string }): string {
  if (who.userId) return `user:${who.userId}`;
  return `anon:${createHmac('sha256', secret)
    .update(`${who.ip ?? ''}|${who.userAgent ?? ''}`)
    .digest('hex')
    .slice(0, 40)}`;
}

/**
 * Banner clicks per business day (Asia/Shanghai): one row per banner, visitor and day, written by one
 * insert that adds 1 to the row's clicks when it exists. Its count of rows is the unique visitors, its
 * sum of clicks every click.
 */
export function createBannerClickDays(strapi: Core.Strapi) {
  const col = (attribute: string) => columnName(strapi, BANNER_CLICK_UID, attribute);
  return {
    /** `at` places the click on its day; `updated_at` is when the row was written (the catch-up's checkpoint). */
    async record(banner: string, visitor: string, at = new Date()): Promise<void> {
      const knex = strapi.db.connection;
      const clicks = col('clicks');
      const written = new Date();
      await knex(tableName(strapi, BANNER_CLICK_UID))
        .insert({
          [col('documentId')]: randomBytes(12).toString('hex'),
          [col('banner')]: banner,
          [col('visitor')]: visitor,
          [col('day')]: shanghaiDay(at),
          [clicks]: 1,
          [col('createdAt')]: at,
          [col('updatedAt')]: written,
          [col('publishedAt')]: written,
        })
        .onConflict([col('banner'), col('visitor'), col('day')])
        .merge({ [clicks]: knex.raw('?? + 1', [clicks]), [col('updatedAt')]: written });
    },
  };
}
