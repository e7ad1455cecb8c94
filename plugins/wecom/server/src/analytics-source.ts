import type { Core } from '@strapi/strapi';
import { countingSource, type CountDef } from '@wedraw/kit';
import { UID } from './lib/uids';

const byCorp = [{ attribute: 'corpId', prefix: 'corp:' }];
const daily = (metric: string, label: string, at: string): CountDef => ({ metric, label, at, by: byCorp });

/** WeCom per business day and corp: customers added and lost (follow relations), customer groups and their members. */
const SOURCES: Array<{ name: string; uid: string; counts: CountDef[] }> = [
  {
    name: 'wecom.customers',
    uid: UID.customerFollow,
    counts: [daily('wecom.customers.added', '新增客户', 'addedAt'), daily('wecom.customers.lost', '流失客户', 'deletedAt')],
  },
  {
    name: 'wecom.groups',
    uid: UID.customerGroup,
    counts: [daily('wecom.groups.created', '新建客户群', 'createTime'), daily('wecom.groups.dismissed', '解散客户群', 'dismissedAt')],
  },
  {
    name: 'wecom.groupMembers',
    uid: UID.customerGroupMember,
    counts: [daily('wecom.groupMembers.joined', '入群人数', 'joinTime'), daily('wecom.groupMembers.left', '退群人数', 'leftAt')],
  },
];

/** Registers WeCom's sources when the analytics plugin is installed. */
export function registerAnalyticsSources(strapi: Core.Strapi): void {
  const registry = strapi.plugin('analytics')?.service('sources');
  if (!registry) return;
  for (const source of SOURCES) registry.register(countingSource(strapi as any, { ...source, domain: 'wecom' }));
}
