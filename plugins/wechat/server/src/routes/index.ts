import { fanAdminRoutes, fanContentRoutes } from './fans';
import { menuAdminRoutes, menuContentApiRoutes } from './menus';
import { withDoc } from './docs';
import { can } from './policies';
import { templateAdminRoutes, templateContentRoutes } from './templates';

/** Content-API routes (/api/wechat/...) per API.md, and admin routes (/wechat/...) guarded per action. */
const CALLBACK_PATH = '/callback/:appId';

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/oauth/authorize-url', handler: 'login.authorizeUrl', config: { policies: [] } },
      { method: 'POST', path: '/oauth/login', handler: 'login.oauthLogin', config: { policies: [] } },
      { method: 'POST', path: '/miniprogram/login', handler: 'login.miniprogramLogin', config: { policies: [] } },
      { method: 'GET', path: '/jssdk-config', handler: 'login.jssdkConfig', config: { policies: [] } },
      // WeChat's servers carry no user token: the signatures are the authentication.
      { method: 'GET', path: CALLBACK_PATH, handler: 'callback.verify', config: { auth: false, policies: [] } },
      { method: 'POST', path: CALLBACK_PATH, handler: 'callback.receive', config: { auth: false, policies: [] } },
      ...menuContentApiRoutes(),
      ...templateContentRoutes,
      ...fanContentRoutes(),
    ].map(withDoc),
  },
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/apps', handler: 'admin.listApps', config: { policies: can('apps.read') } },
      { method: 'POST', path: '/apps', handler: 'admin.createApp', config: { policies: can('apps.update') } },
      { method: 'PUT', path: '/apps/:documentId', handler: 'admin.updateApp', config: { policies: can('apps.update') } },
      { method: 'DELETE', path: '/apps/:documentId', handler: 'admin.deleteApp', config: { policies: can('apps.update') } },
      { method: 'GET', path: '/fans/:documentId/messages', handler: 'admin.fanMessages', config: { policies: can('messages.read') } },
      ...menuAdminRoutes(),
      ...templateAdminRoutes,
      ...fanAdminRoutes(),
    ],
  },
};

/** The content-API actions the visitors' roles get (users-permissions). */
export const LOGIN_ACTIONS = [
  'plugin::wechat.login.authorizeUrl',
  'plugin::wechat.login.oauthLogin',
  'plugin::wechat.login.miniprogramLogin',
  'plugin::wechat.login.jssdkConfig',
];
