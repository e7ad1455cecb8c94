import type { Core } from '@strapi/strapi';
import { registerAnalyticsSource } from './analytics-source';
import config, { wechatConfig } from './config';
import contentTypes from './content-types';
import admin from './controllers/admin';
import callbackController from './controllers/callback';
import login from './controllers/login';
import menusController from './controllers/menus';
import { contentManagerGuard } from './routes/admin-guard';
import { secretKey, useSecretKey } from './lib/secrets';
import { services as pluginServices } from './lib/services';
import { ADMIN_ACTIONS } from './permissions';
import routes, { LOGIN_ACTIONS } from './routes';
import { registerFastCallback } from './routes/fast-callback';
import { registerMessageChannels } from './message-channels';
import services from './services';
import fansController from './controllers/fans';
import tagsController from './controllers/tags';
import templatesController from './controllers/templates';

/** Server entry of the WeChat plugin (compiled to dist/server/src/index.js, which Strapi loads). */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerMessageChannels(strapi);
    pluginServices(strapi).templateDispatch.define();
    // Refuses to start in production without WECHAT_SECRET_KEY.
    useSecretKey(secretKey(wechatConfig(strapi).secretKey, strapi.config.get('environment') === 'production'));
    strapi.server.use(contentManagerGuard());
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
    const permissions = strapi.service('api::platform.permissions');
    await permissions.grant('public', LOGIN_ACTIONS);
    await permissions.grant('authenticated', LOGIN_ACTIONS);
    registerFastCallback(strapi);
    registerAnalyticsSource(strapi);
    if (wechatConfig(strapi).fansSyncWorker) pluginServices(strapi).fanSync.define();
  },

  destroy() {},
  config,
  contentTypes,
  controllers: {
    login,
    callback: callbackController,
    admin,
    menus: menusController,
    templates: templatesController,
    fans: fansController,
    tags: tagsController,
  },
  routes,
  services,
  policies: {},
  middlewares: {},
};
