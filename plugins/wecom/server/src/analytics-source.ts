import type { Core } from '@strapi/strapi';
import { countingSource } from '@wedraw/kit';
import { UID } from './lib/uids';

const byCorp = [{ attribute: 'corpId', prefix: 'corp:' }];

/** WeCom per business day: customers added and lost (follow relations), customer groups and their members. */
export function registerAnalyticsSources(strapi: Core.Strapi): void {
  const registry = strapi.plugin('analytics')?.service('sources');
  if (!registry) return;
  registry.register(
    countingSource(strapi as any, {
      name: 'wecom.customers',
      domain: 'wecom',
      uid: UID.customerFollow,
      counts: [
        { metric: 'wecom.customers.added', label: '新增客户', at: 'addedAt', by: byCorp },
        { metric: 'wecom.customers.lost', label: '流失客户', at: 'deletedAt', by: byCorp },
      ],
    }),
  );
  registry.register(
    countingSource(strapi as any, {
      name: 'wecom.groups',
      domain: 'wecom',
      uid: UID.customerGroup,
      counts: [
        { metric: 'wecom.groups.created', label: '新建客户群', at: 'createTime', by: byCorp },
        { metric: 'wecom.groups.dismissed', label: '解散客户群', at: 'dismissedAt', by: byCorp },
      ],
    }),
  );
  registry.register(
    countingSource(strapi as any, {
      name: 'wecom.groupMembers',
      domain: 'wecom',
      uid: UID.customerGroupMember,
      counts: [
        { metric: 'wecom.groupMembers.joined', label: '入群人数', at: 'joinTime', by: byCorp },
        { metric: 'wecom.groupMembers.left', label: '退群人数', at: 'leftAt', by: byCorp },
      ],
    }),
  );
}
