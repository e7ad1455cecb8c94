import type { Core } from '@strapi/strapi';
import { countingSource } from '@wedraw/kit';
import { UID } from './lib/uids';

/** Alerts fired per business day and level; the home's attention list shows what is firing now. */
export function registerAnalyticsSource(strapi: Core.Strapi): void {
  const alerts = () => strapi.db.connection(strapi.db.metadata.get(UID.alert as never).tableName);
  strapi
    .plugin('analytics')
    ?.service('sources')
    .register(
      countingSource(strapi as never, {
        name: 'ops.alerts',
        domain: 'ops',
        uid: UID.alert,
        counts: [{ metric: 'ops.alerts.fired', label: '触发告警', at: 'firedAt', by: [{ attribute: 'level', prefix: 'level:' }] }],
        attention: async () => {
          const row = (await alerts().count({ n: '*' }).where('state', 'firing').first()) as { n: string | number } | undefined;
          return [{ key: 'ops.firing', label: '正在告警', value: Number(row?.n ?? 0), link: '/plugins/ops' }];
        },
      }),
    );
}
