import type { Core } from '@strapi/strapi';
import { countingSource, dayWindow, shanghaiDay } from '@wedraw/kit';
import { UID } from './lib/uids';

const by = [
  { attribute: 'channel', prefix: 'channel:' },
  { attribute: 'tenantId', prefix: 'tenant:' },
];
const ms = (v: unknown) => (v ? new Date(v as string).getTime() : 0);

/**
 * Messages per business day, channel and tenant: accepted (created), sent, delivered and failed
 * (by the time each happened), and the sum of accept-to-send time of those sent (the dashboards
 * divide it by the sent count).
 */
export function registerAnalyticsSource(strapi: Core.Strapi): void {
  const records = () => strapi.db.connection(strapi.db.metadata.get(UID.message as any).tableName);
  strapi
    .plugin('analytics')
    ?.service('sources')
    .register(
      countingSource(strapi as any, {
        name: 'messaging.messages',
        domain: 'messages',
        uid: UID.message,
        counts: [
          { metric: 'messages.created', label: '受理消息', at: 'createdAt', by },
          { metric: 'messages.sent', label: '已发送', at: 'sentAt', by },
          { metric: 'messages.delivered', label: '已送达', at: 'finishedAt', where: { status: 'delivered' }, by },
          { metric: 'messages.failed', label: '发送失败', at: 'finishedAt', where: { status: 'failed' }, by },
          {
            metric: 'messages.latencyMs',
            label: '发送耗时合计',
            unit: '毫秒',
            at: 'sentAt',
            by,
            value: { attributes: ['createdAt', 'sentAt'], of: (r) => Math.max(0, ms(r.sentAt) - ms(r.createdAt)) },
          },
        ],
        attention: async () => {
          const row = (await records().count({ n: '*' }).where('status', 'failed').andWhere('finished_at', '>=', dayWindow(shanghaiDay())[0]).first()) as
            | { n: string | number }
            | undefined;
          return [{ key: 'messages.failedToday', label: '今日发送失败', value: Number(row?.n ?? 0), link: '/plugins/messaging' }];
        },
      }),
    );
}
