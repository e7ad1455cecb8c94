import { documented } from '@wedraw/kit';
import { can } from '../permissions';
import { DOCS } from './docs';

const admin = (method: string, path: string, handler: string, action: string) => ({
  method,
  path,
  handler: `dashboards.${handler}`,
  config: { policies: can(action) },
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
      admin('GET', '/home', 'home', 'dashboards.read'),
      admin('GET', '/dashboards/:domain', 'domain', 'dashboards.read'),
      admin('GET', '/dashboards/:domain/export', 'exportDomain', 'dashboards.export'),
      admin('POST', '/rebuild', 'rebuild', 'aggregates.rebuild'),
      admin('POST', '/catch-up', 'catchUp', 'aggregates.rebuild'),
    ],
  },
};
