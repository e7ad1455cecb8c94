import { documented } from '@wedraw/kit';
import { DASHBOARD_ADMIN_AUTH } from '../lib/admin-auth';
import { can } from '../permissions';
import { DOCS } from './docs';

const admin = (method: string, path: string, handler: string, action: string) => ({
  method,
  path,
  handler: `dashboards.${handler}`,
  config: { policies: can(action) },
});
/** Dashboard reads: Strapi's admin check reused per session for a few seconds (lib/admin-auth.ts), same policies. */
const read = (path: string, handler: string, action: string) => ({
  ...admin('GET', path, handler, action),
  config: { policies: can(action), auth: { strategies: [DASHBOARD_ADMIN_AUTH] } },
});

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      documented({ method: 'GET', path: '/home', handler: 'dashboards.home', config: {} }, DOCS.home),
      documented({ method: 'GET', path: '/dashboards/:domain', handler: 'dashboards.domain', config: {} }, DOCS.domain),
      documented({ method: 'GET', path: '/dashboards/:domain/export', handler: 'dashboards.exportDomain', config: {} }, DOCS.exportDomain),
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      read('/home', 'home', 'dashboards.read'),
      read('/dashboards/:domain', 'domain', 'dashboards.read'),
      read('/dashboards/:domain/export', 'exportDomain', 'dashboards.export'),
      admin('POST', '/rebuild', 'rebuild', 'aggregates.rebuild'),
      admin('POST', '/catch-up', 'catchUp', 'aggregates.rebuild'),
    ],
  },
};
