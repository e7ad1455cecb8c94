import { can } from '../permissions';
import { withDoc } from './docs';

/** Integrator routes authenticate by tenant key in the controller (API.md), not by users-permissions. */
const tenantRoute = (method: string, path: string, handler: string) => ({
  method,
  path,
  handler: `integrator.${handler}`,
  config: { auth: false as const, policies: [] },
});

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      tenantRoute('POST', '/messages', 'send'),
      tenantRoute('POST', '/messages/batch', 'batch'),
      tenantRoute('GET', '/messages', 'find'),
      tenantRoute('GET', '/messages/:id', 'findOne'),
      tenantRoute('POST', '/messages/:id/cancel', 'cancel'),
      tenantRoute('GET', '/stats', 'stats'),
    ].map(withDoc),
  },
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/tenants', handler: 'admin.tenants', config: { policies: can('tenants.read') } },
      { method: 'POST', path: '/tenants', handler: 'admin.createTenant', config: { policies: can('tenants.update') } },
      { method: 'PUT', path: '/tenants/:code', handler: 'admin.updateTenant', config: { policies: can('tenants.update') } },
      { method: 'POST', path: '/tenants/:code/keys', handler: 'admin.issueKey', config: { policies: can('tenants.update') } },
      { method: 'GET', path: '/channels', handler: 'admin.channels', config: { policies: can('channels.read') } },
      { method: 'PUT', path: '/channels/:name', handler: 'admin.configureChannel', config: { policies: can('channels.update') } },
      { method: 'GET', path: '/templates', handler: 'admin.templates', config: { policies: can('templates.read') } },
      { method: 'POST', path: '/templates', handler: 'admin.saveTemplate', config: { policies: can('templates.update') } },
      { method: 'POST', path: '/templates/preview', handler: 'admin.previewTemplate', config: { policies: can('templates.read') } },
      { method: 'DELETE', path: '/templates/:documentId', handler: 'admin.deleteTemplate', config: { policies: can('templates.update') } },
      { method: 'GET', path: '/notifications', handler: 'admin.notifications', config: { policies: can('notifications.read') } },
      { method: 'PUT', path: '/notifications/:event/:channel', handler: 'admin.configureNotification', config: { policies: can('notifications.update') } },
      { method: 'POST', path: '/messages', handler: 'admin.send', config: { policies: can('messages.send') } },
      { method: 'GET', path: '/messages', handler: 'admin.messages', config: { policies: can('messages.read') } },
      { method: 'GET', path: '/messages/:id', handler: 'admin.message', config: { policies: can('messages.read') } },
      { method: 'GET', path: '/stats', handler: 'admin.stats', config: { policies: can('messages.read') } },
    ],
  },
};
