/**
 * Menu editor routes. Content-API (/api/wechat/menus/...): for API tokens given the actions
 * `plugin::wechat.menus.*`, never granted to the visitors' roles. Admin (/wechat/menus/...): per action.
 */
import { MENU_OPENAPI } from './menu-openapi';
import { can } from './policies';

type Route = { method: 'GET' | 'PUT' | 'POST' | 'DELETE'; path: string; handler: string; action: 'read' | 'update' | 'publish' };

const MENU_ROUTES: Route[] = [
  { method: 'GET', path: '/menus/:appId', handler: 'menus.get', action: 'read' },
  { method: 'PUT', path: '/menus/:appId/draft', handler: 'menus.saveDraft', action: 'update' },
  { method: 'POST', path: '/menus/:appId/publish', handler: 'menus.publish', action: 'publish' },
  { method: 'POST', path: '/menus/:appId/pull', handler: 'menus.pull', action: 'update' },
  { method: 'GET', path: '/menus/:appId/replies', handler: 'menus.replyOptions', action: 'read' },
  { method: 'PUT', path: '/menus/:appId/click-replies/:key', handler: 'menus.bindClick', action: 'update' },
  { method: 'DELETE', path: '/menus/:appId/click-replies/:key', handler: 'menus.unbindClick', action: 'update' },
];

// A fresh config object per route: Strapi writes each route's auth scope into it.
export const menuContentApiRoutes = () =>
  MENU_ROUTES.map(({ method, path, handler }) => ({ method, path, handler, ...MENU_OPENAPI[handler], config: { policies: [] } }));

export const menuAdminRoutes = () =>
  MENU_ROUTES.map(({ method, path, handler, action }) => ({
    method,
    path,
    handler,
    config: { policies: can(`menus.${action}`) },
  }));
