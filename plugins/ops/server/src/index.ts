import type { Core } from '@strapi/strapi';
import { addFastRoutes } from '@wedraw/kit';
import { opsConfig } from './config';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import { dingtalkRobotChannel } from './dingtalk-channel';
import { services as pluginServices } from './lib/services';
import { UID } from './lib/uids';
import { ADMIN_ACTIONS } from './permissions';
import routes from './routes';
import services from './services';
import { registerAnalyticsSource } from './analytics-source';

export const OPS_QUEUE = 'ops';

/** Server entry of 运维监控 (compiled to dist/server/src/index.js, which Strapi loads). */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.plugin('messaging')?.service('channels').register(dingtalkRobotChannel(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
    // Answered ahead of Strapi's stack too, so a load balancer's probe is not rate limited.
    addFastRoutes(strapi, { plugin: 'ops', controller: 'monitor', rateLimited: false }, [
      { method: 'GET', pattern: /^\/api\/monitor\/health\/?$/, action: 'health' },
    ]);
    const s = pluginServices(strapi);
    s.targets.secrets(); // refuse to start in production without OPS_SECRET_KEY
    s.metrics.defineBuiltins();
    registerAnalyticsSource(strapi);
    await s.rules.ensureDefaults(opsConfig(strapi).quietMinutes);
    const queue = strapi.service('api::platform.queue');
    queue.define(OPS_QUEUE, async (job: { name: string }) => {
      if (job.name === 'evaluate') return void (await s.evaluator.run());
      if (job.name === 'cleanup') return cleanup(strapi);
      if (job.name === 'report') return void (await s.reports.scheduled());
      throw new Error(`unknown ops job ${job.name}`);
    });
    // Once per tick across every instance (a BullMQ job scheduler).
    queue.repeat(OPS_QUEUE, 'evaluate', 'evaluate', { every: opsConfig(strapi).evaluateEveryMs }).catch(() => undefined);
    queue.repeat(OPS_QUEUE, 'cleanup', 'cleanup', { pattern: '40 3 * * *', tz: 'Asia/Shanghai' }).catch(() => undefined);
    // Reports: yesterday's daily (Mondays also last week's, the 1st last month's), once per cluster.
    queue.repeat(OPS_QUEUE, 'report', 'report', { pattern: `0 ${opsConfig(strapi).reportHour} * * *`, tz: 'Asia/Shanghai' }).catch(() => undefined);
  },

  config,
  contentTypes,
  controllers,
  routes,
  services,
  policies: {},
  middlewares: {},
};

/** Resolved alerts and changes older than `retentionDays`. */
async function cleanup(strapi: Core.Strapi): Promise<void> {
  const before = new Date(Date.now() - opsConfig(strapi).retentionDays * 86_400_000);
  await strapi.db.query(UID.event).deleteMany({ where: { at: { $lt: before } } });
  await strapi.db.query(UID.alert).deleteMany({ where: { state: 'resolved', resolvedAt: { $lt: before } } });
}
