import type { Core } from '@strapi/strapi';
import { registerAnalyticsSources } from './analytics-sources';
import contentTypes from './content-types';
import controllers from './controllers';
import routes, { USER_ACTIONS } from './routes';
import services from './services';
import { listenToWechat } from './events';
import { registerNotificationEvents } from './notifications';
import { registerMenuCheckin } from './wechat-checkin';
import { guardLedger } from './guard';
import { ADMIN_ACTIONS } from './permissions';
import { applyFieldLabels } from './labels';
import { openRuleRegistry } from './services/rules';
import { createExpiry } from './services/expiry';

/** Server entry of the points plugin (compiled to dist/server/src/index.js, which Strapi loads). */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    guardLedger(strapi);
    registerNotificationEvents(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
    await openRuleRegistry(strapi);
    await (strapi.service('api::platform.permissions') as any).grant('authenticated', USER_ACTIONS);
    await applyFieldLabels(strapi).catch((err: Error) => strapi.log.warn(`[points] content-manager labels: ${err.message}`));
    listenToWechat(strapi);
    registerMenuCheckin(strapi);
    createExpiry(strapi).schedule();
    registerAnalyticsSources(strapi);
  },

  destroy() {},
  config: { default: {}, validator() {} },
  contentTypes,
  controllers,
  routes,
  services,
  policies: {},
  middlewares: {},
};
