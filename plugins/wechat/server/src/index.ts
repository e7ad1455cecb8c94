import type { Core } from '@strapi/strapi';
import contentTypes from './content-types';
import admin from './controllers/admin';
import callbackController from './controllers/callback';
import login from './controllers/login';
import menusController from './controllers/menus';
import { contentManagerGuard } from './lib/admin-guard';
import { secretKey } from './lib/secrets';
import { services as pluginServices } from './lib/services';
import { UID } from './lib/uids';
import { ADMIN_ACTIONS } from './permissions';
import routes, { LOGIN_ACTIONS } from './routes';
import { registerFastCallback } from './routes/fast-callback';
import apps from './services/apps';
import callback from './services/callback';
import clickActions from './services/click-actions';
import clients from './services/clients';
import demo from './services/demo';
import fanDirectory from './services/fan-directory';
import fanSync from './services/fan-sync';
import fanTags from './services/fan-tags';
import fansController from './controllers/fans';
import tagsController from './controllers/tags';
import fans from './services/fans';
import identity from './services/identity';
import jssdk from './services/jssdk';
import menuClickReplies from './services/menu-click-replies';
import menus from './services/menus';
import messages from './services/messages';
import miniprogramLogin from './services/miniprogram-login';
import oauthLogin from './services/oauth-login';
import replies from './services/replies';
import sharedState from './services/shared-state';
import templates from './services/templates';
import templateSends from './services/template-sends';
import templateDelivery from './services/template-delivery';
import templatesController from './controllers/templates';

/** Server entry of the WeChat plugin (compiled to dist/server/src/index.js, which Strapi loads). */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    secretKey(); // refuse to start in production without WECHAT_SECRET_KEY
    strapi.server.use(contentManagerGuard());
    const graphql = strapi.plugin('graphql');
    if (graphql) {
      const extension = graphql.service('extension');
      for (const uid of Object.values(UID).filter((u) => u.startsWith('plugin::wechat.'))) extension.shadowCRUD(uid).disable();
    }
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
    const permissions = strapi.service('api::platform.permissions');
    await permissions.grant('public', LOGIN_ACTIONS);
    await permissions.grant('authenticated', LOGIN_ACTIONS);
    registerFastCallback(strapi);
    strapi.plugin('wechat').service('templateDelivery').start();
    if (process.env.WECHAT_FANS_SYNC_WORKER !== 'off') pluginServices(strapi).fanSync.define();
  },

  destroy() {},
  config: { default: {}, validator() {} },
  contentTypes,
  controllers: { login, callback: callbackController, admin, menus: menusController, templates: templatesController, fans: fansController, tags: tagsController },
  routes,
  services: {
    apps, clients, sharedState, identity, fans, replies, messages, callback, oauthLogin, miniprogramLogin, jssdk, demo,
    menus, menuClickReplies, clickActions, templates, templateSends, templateDelivery, fanSync, fanTags, fanDirectory,
  },
  policies: {},
  middlewares: {},
};
