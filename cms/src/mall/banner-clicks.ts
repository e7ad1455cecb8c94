import type { Core } from '@strapi/strapi';
import { notFound } from '@wedraw/kit';
import { platform } from '../platform';
import { createBannerClickDays } from './banner-click-days';
import { BANNER_UID } from './home';
import { columnName, tableName } from './schema-names';

const memory = new Map<string, number>();

/**
 * Banner clicks: the running total counted in Redis (memory without it) and flushed to the database by
 * a queued job; and the per-day record (banner, visitor, business day) the analytics count.
 */
export function createBannerClicks(strapi: Core.Strapi) {
  return {
    async record(documentId: string, visitor: string, at = new Date()): Promise<void> {
      const banner = await strapi.db.query(BANNER_UID).findOne({ where: { documentId }, select: ['id'] });
      if (!banner) throw notFound('轮播图不存在');
      await createBannerClickDays(strapi).record(documentId, visitor, at);
      const redis = platform().redis;
      // Without Redis, or while it is down, count in this process; the flush takes both.
      const counted = redis
        ? await redis.hincrby(clicksKey(), documentId, 1).then(
            () => true,
            () => false,
          )
        : false;
      if (!counted) memory.set(documentId, (memory.get(documentId) ?? 0) + 1);
    },

    /** Move the pending counts into banners.clicks; returns how many clicks were written. */
    async flush(): Promise<number> {
      const pending = await takePending();
      const table = tableName(strapi, BANNER_UID);
      const clicks = columnName(strapi, BANNER_UID, 'clicks');
      let written = 0;
      for (const [documentId, n] of pending) {
        await strapi.db
          .connection(table)
          .where(columnName(strapi, BANNER_UID, 'documentId'), documentId)
          .increment(clicks, n);
        written += n;
      }
      return written;
    },
  };
}

function clicksKey(): string {
  return `${platform().runtime.keyPrefix}banner:clicks`;
}

async function takePending(): Promise<Array<[string, number]>> {
  const local = [...memory.entries()];
  memory.clear();
  const redis = platform().redis;
  if (!redis) return local;
  // Atomically take the whole hash: clicks that arrive meanwhile land in a fresh one.
  const [[, raw]] = (await redis.multi().hgetall(clicksKey()).del(clicksKey()).exec()) as [[Error | null, Record<string, string>]];
  return [...local, ...Object.entries(raw ?? {}).map(([id, n]) => [id, Number(n)] as [string, number])];
}
