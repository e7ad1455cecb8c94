import type { Core } from '@strapi/strapi';
import { businessError } from '@wedraw/kit';
import { HELD_ELSEWHERE, withLease } from '@wedraw/wechat-protocol';
import { UID } from '../lib/uids';
import { services } from '../lib/services';
import type { WecomExternalContact, WecomFollow } from './customers-store';

/** `batch/get_by_user` takes at most 100 members and answers at most 100 rows a page. */
const USERS_PER_CALL = 100;
const ROWS_PER_PAGE = 100;
const LEASE_MS = 120_000;

type BatchPage = { external_contact_list?: { external_contact: WecomExternalContact; follow_info: WecomFollow }[]; next_cursor?: string };

/**
 * Full pull of a corp's customers with the customer-contact secret: the members with the feature
 * (`get_follow_user_list`), then their customers 100 members at a time with `batch/get_by_user`,
 * following `next_cursor` page by page. Follows the pull did not see are marked deleted. One pull
 * per corp at a time across instances (a lease in Redis).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async run(corpId: unknown): Promise<{ followUsers: number; customers: number; follows: number; ended: number }> {
    const corp = await services(strapi).corps.require(corpId);
    const client = services(strapi).clients.client(corp, 'customer');
    const store = services(strapi).customersStore;
    const result = await withLease(services(strapi).sharedState.kv(), `customers-sync:${corp.corpId}`, LEASE_MS, async () => {
      const started = new Date(Date.now() - 1000);
      const { follow_user: followUsers = [] } = await client.get<{ follow_user?: string[] }>('/cgi-bin/externalcontact/get_follow_user_list');
      const customers = new Set<string>();
      let follows = 0;
      for (let i = 0; i < followUsers.length; i += USERS_PER_CALL) {
        const userids = followUsers.slice(i, i + USERS_PER_CALL);
        let cursor = '';
        do {
          const page = await client.post<BatchPage>('/cgi-bin/externalcontact/batch/get_by_user', { userid_list: userids, cursor, limit: ROWS_PER_PAGE });
          const rows = page.external_contact_list ?? [];
          await store.save(
            corp.corpId,
            rows.map((r) => ({ contact: r.external_contact, follows: [r.follow_info] })),
          );
          for (const r of rows) customers.add(r.external_contact.external_userid);
          follows += rows.length;
          cursor = page.next_cursor ?? '';
        } while (cursor);
      }
      const ended = await strapi.db.query(UID.customerFollow).updateMany({
        where: { corpId: corp.corpId, deletedAt: null, updatedAt: { $lt: started } },
        data: { deletedAt: new Date(), deleteReason: 'not-in-wecom' },
      });
      return { followUsers: followUsers.length, customers: customers.size, follows, ended: Number((ended as { count?: number }).count ?? 0) };
    });
    if (result === HELD_ELSEWHERE) throw businessError('CustomerSyncInProgress', '该企业的客户同步正在进行中');
    return result;
  },
});
