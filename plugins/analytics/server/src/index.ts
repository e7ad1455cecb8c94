import type { Core } from '@strapi/strapi';
import config, { analyticsConfig } from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import { installDashboardAdminAuth } from './lib/admin-auth';
import { installDashboardApiTokenAuth } from './lib/api-token-auth';
import { services as pluginServices } from './lib/services';
import { ADMIN_ACTIONS } from './permissions';
import routes from './routes';
import services from './services';

export const ANALYTICS_QUEUE = 'analytics';

/** Server entry of 数据分析. Sources register into `sources` during the other plugins' bootstrap. */
export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
    installDashboardAdminAuth(strapi);
    installDashboardApiTokenAuth(strapi);
    const queue = strapi.service('api::platform.queue');
    queue.define(ANALYTICS_QUEUE, async (job: { name: string }) => {
      if (job.name === 'catch-up') return pluginServices(strapi).aggregates.catchUp();
      throw new Error(`unknown analytics job ${job.name}`);
    });
    const { catchUpEveryMs } = analyticsConfig(strapi);
    // Once per tick across every instance (a BullMQ job scheduler), never blocking boot.
    if (catchUpEveryMs > 0) queue.repeat(ANALYTICS_QUEUE, 'catch-up', 'catch-up', { every: catchUpEveryMs }).catch(() => undefined);
  },

  config,
  contentTypes,
  controllers,
  routes,
  services,
  policies: {},
  middlewares: {},
};
