import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { notFound, shanghaiDay } from '@wedraw/kit';
import { ZONE_UID } from './goods-query';
import { columnName, tableName } from './schema-names';

export const ZONE_VIEW_UID = 'api::zone-view.zone-view';

/**
 * Zone views per business day (Asia/Shanghai): one row per zone, visitor and day, written by one
 * insert that adds 1 to the row's views when it exists. Its count of rows is the unique visitors, its
 * sum of views every time a zone's goods page was opened. The zone is kept by documentId (its code
 * may be edited).
 */
export function createZoneViews(strapi: Core.Strapi) {
  const col = (attribute: string) => columnName(strapi, ZONE_VIEW_UID, attribute);
  return {
    /** 404 for an unknown or disabled zone. `at` places the view on its day; `updated_at` is the catch-up's checkpoint. */
    async record(code: string, visitor: string, at = new Date()): Promise<void> {
      const zone = await strapi.db.query(ZONE_UID).findOne({ where: { code, enabled: true }, select: ['documentId'] });
      if (!zone) throw notFound('专区不存在或已停用');
      const knex = strapi.db.connection;
      const views = col('views');
      const written = new Date();
      await knex(tableName(strapi, ZONE_VIEW_UID))
        .insert({
          [col('documentId')]: randomBytes(12).toString('hex'),
          [col('zone')]: zone.documentId,
          [col('visitor')]: visitor,
          [col('day')]: shanghaiDay(at),
          [views]: 1,
          [col('createdAt')]: at,
          [col('updatedAt')]: written,
          [col('publishedAt')]: written,
        })
        .onConflict([col('zone'), col('visitor'), col('day')])
        .merge({ [views]: knex.raw('?? + 1', [views]), [col('updatedAt')]: written });
    },
  };
}
