/** Template message routes: content-API (API tokens with the permission, never user roles) and admin. */
import { can as policiesFor } from './policies';

// A fresh config object per route: Strapi writes each route's auth scope into it.
const can = (action: string) => ({ policies: policiesFor(action) });
const token = () => ({ policies: [] });

export const templateContentRoutes = [
  { method: 'GET', path: '/templates', handler: 'templates.list', config: token() },
  { method: 'POST', path: '/templates/sync', handler: 'templates.sync', config: token() },
  { method: 'POST', path: '/template-sends', handler: 'templates.createSend', config: token() },
  { method: 'GET', path: '/template-sends', handler: 'templates.listSends', config: token() },
  { method: 'GET', path: '/template-sends/:documentId', handler: 'templates.findSend', config: token() },
];

export const templateAdminRoutes = [
  { method: 'GET', path: '/templates', handler: 'templates.list', config: can('templates.read') },
  { method: 'POST', path: '/templates/sync', handler: 'templates.sync', config: can('templates.sync') },
  { method: 'POST', path: '/templates/preview', handler: 'templates.preview', config: can('templates.read') },
  { method: 'GET', path: '/template-sends', handler: 'templates.listSends', config: can('templates.read') },
  { method: 'POST', path: '/template-sends', handler: 'templates.createSend', config: can('templates.send') },
  { method: 'GET', path: '/template-sends/:documentId', handler: 'templates.findSend', config: can('templates.read') },
  { method: 'GET', path: '/template-sends/:documentId/recipients', handler: 'templates.sendRecipients', config: can('templates.read') },
  { method: 'POST', path: '/template-sends/:documentId/cancel', handler: 'templates.cancelSend', config: can('templates.send') },
];

export const TEMPLATE_ADMIN_ACTIONS = [
  { section: 'plugins', displayName: '查看模板与发送记录', uid: 'templates.read', pluginName: 'wechat', subCategory: '模板消息' },
  { section: 'plugins', displayName: '同步模板列表', uid: 'templates.sync', pluginName: 'wechat', subCategory: '模板消息' },
  { section: 'plugins', displayName: '发送、定时与取消模板消息', uid: 'templates.send', pluginName: 'wechat', subCategory: '模板消息' },
];
