import { documented } from '@wedraw/kit';
import { DASHBOARD_ADMIN_AUTH } from '../lib/admin-auth';
import { DASHBOARD_API_TOKEN_AUTH } from '../lib/api-token-auth';
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

/** Dashboard reads with an API token: Strapi's token check reused per token for a few seconds (lib/api-token-auth.ts), then users-permissions as before. */
const token = (path: string, handler: string) => ({
  method: 'GET',
  path,
  handler: `dashboards.${handler}`,
  config: { auth: { strategies: [DASHBOARD_API_TOKEN_AUTH, 'users-permissions'] } },
});

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      documented(token('/home', 'home'), DOCS.home),
      documented(token('/dashboards/:domain', 'domain'), DOCS.domain),
      documented(token('/dashboards/:domain/export', 'exportDomain'), DOCS.exportDomain),
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
