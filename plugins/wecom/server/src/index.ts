import type { Core } from '@strapi/strapi';
import config, { wecomConfig } from './config';
import contentTypes from './content-types';
import accounts from './controllers/accounts';
import appchats from './controllers/appchats';
import callback from './controllers/callback';
import contacts from './controllers/contacts';
import corps from './controllers/corps';
import employee from './controllers/employee';
import customers from './controllers/customers';
import groups from './controllers/groups';
import imports from './controllers/imports';
import login from './controllers/login';
import robots from './controllers/robots';
import sync from './controllers/sync';
import welcome from './controllers/welcome';
import { secretKey, useSecretKey } from './lib/secrets';
import { services as pluginServices } from './lib/services';
import { ADMIN_ACTIONS } from './permissions';
import routes from './routes';
import { EMPLOYEE_ACTIONS } from './routes/employee';
import { contentManagerGuard } from './routes/admin-guard';
import { registerFastCallback } from './routes/fast-callback';
import { registerAnalyticsSources } from './analytics-source';
import { registerMessageChannels } from './message-channel';
import { registerNotificationEvents } from './notifications';
import { assignUnownedAccounts, registerAccountCounts } from './lib/tenant-accounts';
import services from './services';

/** Server entry of the WeCom plugin (compiled to dist/server/src/index.js, which Strapi loads). */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Refuses to start in production without WECOM_SECRET_KEY.
    useSecretKey(secretKey(wecomConfig(strapi).secretKey, strapi.config.get('environment') === 'production'));
    strapi.server.use(contentManagerGuard());
    registerMessageChannels(strapi);
    registerAccountCounts(strapi);
    registerAnalyticsSources(strapi);
    registerNotificationEvents(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
    registerFastCallback(strapi);
    await assignUnownedAccounts(strapi);
    await (strapi.service('api::platform.permissions') as { grant(role: string, actions: string[]): Promise<void> }).grant('authenticated', EMPLOYEE_ACTIONS);
    if (wecomConfig(strapi).workers) {
      pluginServices(strapi).contactsSync.define();
      pluginServices(strapi).accounts.schedule();
      pluginServices(strapi).welcomeSend.define();
      pluginServices(strapi).robotsDelivery.start();
      pluginServices(strapi).groupStats.schedule();
    }
  },

  destroy() {},
  config,
  contentTypes,
  controllers: { accounts, appchats, callback, contacts, corps, customers, employee, groups, imports, login, robots, sync, welcome },
  routes,
  services,
  policies: {},
  middlewares: {},
};
