import type { Core } from '@strapi/strapi';
import config, { payConfig } from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import { secretKey, useSecretKey } from './lib/secrets';
import { services as pluginServices } from './lib/services';
import { ADMIN_ACTIONS } from './permissions';
import routes, { PUBLIC_ACTIONS, USER_ACTIONS } from './routes';
import { registerPayEvents } from './services/alerts';
import services from './services';
import { registerAnalyticsSources } from './analytics-source';
import { registerOpsMetrics } from './ops-metrics';
import { registerFastNotify } from './routes/fast-notify';

type Permissions = { grant(role: string, actions: string[]): Promise<void> };

/** Server entry of 支付 (compiled to dist/server/src/index.js, which Strapi loads). */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Refuses to start in production without PAY_SECRET_KEY.
    useSecretKey(secretKey(payConfig(strapi).secretKey, strapi.config.get('environment') === 'production'));
    registerPayEvents(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
    const permissions = strapi.service('api::platform.permissions') as unknown as Permissions;
    await permissions.grant('authenticated', [...USER_ACTIONS, ...PUBLIC_ACTIONS]);
    await permissions.grant('public', PUBLIC_ACTIONS);
    await pluginServices(strapi).risk.ensureDefaults();
    if (payConfig(strapi).workers) {
      pluginServices(strapi).expiry.start();
      pluginServices(strapi).certificates.start();
    }
    registerAnalyticsSources(strapi);
    await registerOpsMetrics(strapi);
    registerFastNotify(strapi);
  },

  destroy() {},
  config,
  contentTypes,
  controllers,
  routes,
  services,
  policies: {},
  middlewares: {},
};
