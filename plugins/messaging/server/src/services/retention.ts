import type { Core } from '@strapi/strapi';
import { messagingConfig } from '../config';
import { tables } from './records';

const CHUNK = 5000;
/** States a message never leaves: only these are removed (a scheduled or pending one stays, however old). */
const ENDED = ['sent', 'delivered', 'failed', 'canceled'];

/**
 * Records retention: messages that ended more than `retentionDays` ago are deleted in chunks (a
 * job every six hours, once per cluster); the per-day statistics are kept, so 统计 still covers
 * the months whose records are gone.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async purge(now = new Date()): Promise<{ deleted: number; before: string }> {
    const before = new Date(now.getTime() - messagingConfig(strapi).retentionDays * 86_400_000);
    let deleted = 0;
    for (;;) {
      const ids = (
        (await tables(strapi).messages().select('id').where('created_at', '<', before).whereIn('status', ENDED).orderBy('id').limit(CHUNK)) as Array<{
          id: number;
        }>
      ).map((r) => r.id);
      if (!ids.length) break;
      deleted += Number(await tables(strapi).messages().whereIn('id', ids).del());
      if (ids.length < CHUNK) break;
    }
    if (deleted) strapi.log.info(`[messaging] retention: ${deleted} messages created before ${before.toISOString()} deleted`);
    return { deleted, before: before.toISOString() };
  },
});
