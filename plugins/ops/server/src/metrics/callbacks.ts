import type { Core } from '@strapi/strapi';
import type { MetricDefinition } from './registry';
import { windowFigures } from './builtin';

type Snapshot = Parameters<typeof windowFigures>[1];

/** The route groups of the WeChat and WeCom pushes (the CMS request histogram's `route` label). */
export const CALLBACK_ROUTES = { wechat: '/api/wechat/callback', wecom: '/api/wecom/callback' } as const;

/**
 * Callback timeliness: the p99 time the CMS took to answer WeChat's and WeCom's pushes since the
 * previous evaluation (this instance's request histogram, bucket resolution). The plugins handle a
 * push while WeChat / WeCom wait (at most 5 s) and keep no queue of unprocessed pushes, so the
 * answer time is what can be measured: a push answered late is retried, then dropped by the platform.
 */
export function callbackMetric(strapi: Core.Strapi): MetricDefinition {
  const last = new Map<string, Snapshot>();
  const snapshot = (route: string) =>
    (strapi.service('api::platform.metrics') as unknown as { httpSnapshot(routes?: string[]): Promise<Snapshot> }).httpSnapshot([route]);
  return {
    name: 'callback_p99_seconds',
    label: '回调处理 P99（秒）',
    unit: 'seconds',
    help: 'p99 of the time to answer WeChat / WeCom pushes since the previous evaluation (this instance)',
    labelNames: ['source'],
    read: async () =>
      Promise.all(
        Object.entries(CALLBACK_ROUTES).map(async ([source, route]) => {
          const now = await snapshot(route);
          const figures = windowFigures(last.get(source) ?? null, now);
          last.set(source, now);
          return { labels: { source }, value: figures.p99 };
        }),
      ),
  };
}
