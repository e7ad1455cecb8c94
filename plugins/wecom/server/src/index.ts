import type { Core } from '@strapi/strapi';
import config, { wecomConfig } from './config';
import contentTypes from './content-types';
import accounts from './controllers/accounts';
import appchats from './controllers/appchats';
import callback from './controllers/callback';
import contacts from './controllers/contacts';
import corps from './controllers/corps';
import imports from './controllers/imports';
import login from './controllers/login';
import robots from './controllers/robots';
import sync from './controllers/sync';
import { DEV_SECRET_KEY, useSecretKey } from './lib/secrets';
import { services as pluginServices } from './lib/services';
import { UID } from './lib/uids';
import { ADMIN_ACTIONS } from './permissions';
import routes from './routes';
import { contentManagerGuard } from './routes/admin-guard';
import { registerFastCallback } from './routes/fast-callback';
import { registerMessageChannels } from './message-channel';
import { registerNotificationEvents } from './notifications';
import services from './services';

/** Server entry of the WeCom plugin (compiled to dist/server/src/index.js, which Strapi loads). */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    const { secretKey } = wecomConfig(strapi);
    if (!secretKey && process.env.NODE_ENV === 'production') {
      throw new Error('WeCom plugin refuses to start: production needs the secretKey setting (WECOM_SECRET_KEY), the key that encrypts corp secrets at rest.');
    }
    useSecretKey(secretKey || DEV_SECRET_KEY);
    strapi.server.use(contentManagerGuard());
    registerMessageChannels(strapi);
    registerNotificationEvents(strapi);
    const graphql = strapi.plugin('graphql');
    if (graphql) {
      const extension = graphql.service('extension');
      for (const uid of Object.values(UID)) extension.shadowCRUD(uid).disable();
    }
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
    registerFastCallback(strapi);
    if (wecomConfig(strapi).workers) {
      pluginServices(strapi).contactsSync.define();
      pluginServices(strapi).accounts.schedule();
      pluginServices(strapi).robotsDelivery.start();
    }
  },

  destroy() {},
  config,
  contentTypes,
  controllers: { accounts, appchats, callback, contacts, corps, imports, login, robots, sync },
  routes,
  services,
  policies: {},
  middlewares: {},
};
