import type { Core } from '@strapi/strapi';
import { businessError } from '@wedraw/kit';
import { HELD_ELSEWHERE, withLease } from '@wedraw/wechat-protocol';
import { services } from '../lib/services';
import { UID } from '../lib/uids';

const PAGE = 1000;
const LEASE_MS = 120_000;

/**
 * Full pull of a corp's customer groups: `groupchat/list` page by page (cursor), then
 * `groupchat/get` for each; groups WeCom no longer lists are marked dismissed.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async run(corpId: unknown): Promise<{ groups: number; dismissed: number }> {
    const corp = await services(strapi).corps.require(corpId);
    const client = services(strapi).clients.client(corp, 'customer');
    const result = await withLease(services(strapi).sharedState.kv(), `groups-sync:${corp.corpId}`, LEASE_MS, async () => {
      const seen: string[] = [];
      let cursor = '';
      do {
        const page = await client.post<{ group_chat_list?: { chat_id: string; status: number }[]; next_cursor?: string }>(
          '/cgi-bin/externalcontact/groupchat/list',
          { limit: PAGE, cursor: cursor || undefined },
        );
        for (const g of page.group_chat_list ?? []) {
          await services(strapi).groupsStore.reread(corp, g.chat_id, g.status);
          seen.push(g.chat_id);
        }
        cursor = page.next_cursor ?? '';
      } while (cursor);
      const gone = await strapi.db.query(UID.customerGroup).updateMany({
        where: { corpId: corp.corpId, dismissedAt: null, ...(seen.length ? { chatId: { $notIn: seen } } : {}) },
        data: { dismissedAt: new Date() },
      });
      return { groups: seen.length, dismissed: Number((gone as { count?: number }).count ?? 0) };
    });
    if (result === HELD_ELSEWHERE) throw businessError('GroupSyncInProgress', '该企业的客户群同步正在进行中');
    return result;
  },
});
