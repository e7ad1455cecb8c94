/**
 * Fan, tag and sync routes. The same handlers serve the admin (/wechat/..., per RBAC action) and
 * API tokens (/api/wechat/..., content-API permissions that are never granted to visitor roles).
 * Each route gets its own config object: Strapi writes auth into it.
 */
import { can } from './policies';

const ROUTES: [method: string, path: string, handler: string, adminAction: string][] = [
  ['GET', '/fans', 'fans.list', 'fans.read'],
  ['POST', '/fans/sync', 'fans.startSync', 'fans.sync'],
  ['GET', '/fans/sync-runs', 'fans.syncRuns', 'fans.read'],
  ['GET', '/fans/sync-runs/:documentId', 'fans.syncRun', 'fans.read'],
  ['POST', '/fans/sync-runs/:documentId/resume', 'fans.resumeSync', 'fans.sync'],
  ['GET', '/fans/:documentId', 'fans.findOne', 'fans.read'],
  ['GET', '/tags', 'tags.list', 'fans.read'],
  ['POST', '/tags', 'tags.create', 'tags.update'],
  ['POST', '/tags/pull', 'tags.pull', 'tags.update'],
  ['PUT', '/tags/:tagId', 'tags.rename', 'tags.update'],
  ['DELETE', '/tags/:tagId', 'tags.remove', 'tags.update'],
  ['POST', '/tags/:tagId/fans', 'tags.members', 'tags.update'],
];

export const fanContentRoutes = () => ROUTES.map(([method, path, handler]) => ({ method, path, handler, config: { policies: [] as unknown[] } }));
export const fanAdminRoutes = () => ROUTES.map(([method, path, handler, action]) => ({ method, path, handler, config: { policies: can(action) } }));

/** Content-API actions an API token can be given (Settings → API Tokens → 微信). */
export const FAN_API_ACTIONS = [...new Set(ROUTES.map(([, , handler]) => `plugin::wechat.${handler}`))];
