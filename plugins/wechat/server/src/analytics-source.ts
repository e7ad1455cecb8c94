import type { Core } from '@strapi/strapi';
import { countingSource } from '@wedraw/kit';
import { UID } from './lib/uids';

/**
 * OA fans per business day and app: follows by subscribe time, unfollows by unsubscribe time of
 * fans not following now. A fan who follows again keeps only the latest follow (the fan row holds
 * one subscribe time), so the earlier follow's day loses it in a recount, as in the table.
 */
export function registerAnalyticsSource(strapi: Core.Strapi): void {
  strapi
    .plugin('analytics')
    ?.service('sources')
    .register(
      countingSource(strapi as any, {
        name: 'wechat.fans',
        domain: 'fans',
        uid: UID.fan,
        counts: [
          { metric: 'fans.new', label: '新增关注', at: 'subscribeTime', by: [{ attribute: 'appId', prefix: 'app:' }] },
          { metric: 'fans.unfollowed', label: '取消关注', at: 'unsubscribeTime', where: { subscribed: false }, by: [{ attribute: 'appId', prefix: 'app:' }] },
        ],
      }),
    );
}
