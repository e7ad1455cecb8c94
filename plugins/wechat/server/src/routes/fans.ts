/**
 * Fan, tag and sync routes. The same handlers serve the admin (/wechat/..., per RBAC action) and
 * API tokens (/api/wechat/..., content-API permissions that are never granted to visitor roles).
 * Each route gets its own config object: Strapi writes auth into it.
 */
import { z } from 'zod/v4';
import { can } from './policies';

/** What the OpenAPI document shows of each route's input (the services validate it themselves). */
const appId = z.string().optional().describe('公众号 appId（只配置了一个公众号时可省略）');
const page = { page: z.string().optional(), pageSize: z.string().optional() };
const json = (shape: z.ZodRawShape) => ({ body: { 'application/json': z.object({ appId, ...shape }) } });
const documentId = { params: { documentId: z.string() } };
const tagId = (extra: object = {}) => ({ params: { tagId: z.string().describe('微信标签 ID') }, ...extra });
const DOCS = {
  fansList: {
    query: {
      appId,
      tagId: z.string().optional(),
      subscribed: z.enum(['true', 'false']).optional(),
      subscribedFrom: z.string().optional().describe('ISO 8601'),
      subscribedTo: z.string().optional().describe('ISO 8601，不含'),
      q: z.string().optional().describe('openid / unionid / 备注'),
      ...page,
    },
  },
  name: json({ name: z.string().describe('不超过 30 字节') }),
  members: json({ openids: z.array(z.string()).describe('至多 10 000 个，按每次 50 个调用微信'), action: z.enum(['tag', 'untag']).optional() }),
};

const ROUTES: [method: string, path: string, handler: string, adminAction: string, request?: object][] = [
  ['GET', '/fans', 'fans.list', 'fans.read', DOCS.fansList],
  ['POST', '/fans/sync', 'fans.startSync', 'fans.sync', json({})],
  ['GET', '/fans/sync-runs', 'fans.syncRuns', 'fans.read', { query: { appId, ...page } }],
  ['GET', '/fans/sync-runs/:documentId', 'fans.syncRun', 'fans.read', documentId],
  ['POST', '/fans/sync-runs/:documentId/resume', 'fans.resumeSync', 'fans.sync', documentId],
  ['GET', '/fans/:documentId', 'fans.findOne', 'fans.read', documentId],
  ['GET', '/tags', 'tags.list', 'fans.read', { query: { appId } }],
  ['POST', '/tags', 'tags.create', 'tags.update', DOCS.name],
  ['POST', '/tags/pull', 'tags.pull', 'tags.update', json({})],
  ['PUT', '/tags/:tagId', 'tags.rename', 'tags.update', tagId(DOCS.name)],
  ['DELETE', '/tags/:tagId', 'tags.remove', 'tags.update', tagId({ query: { appId } })],
  ['POST', '/tags/:tagId/fans', 'tags.members', 'tags.update', tagId(DOCS.members)],
];

export const fanContentRoutes = () =>
  ROUTES.map(([method, path, handler, , request]) => ({ method, path, handler, request, config: { policies: [] as unknown[] } }));
export const fanAdminRoutes = () => ROUTES.map(([method, path, handler, action]) => ({ method, path, handler, config: { policies: can(action) } }));

/** Content-API actions an API token can be given (Settings → API Tokens → 微信). */
export const FAN_API_ACTIONS = [...new Set(ROUTES.map(([, , handler]) => `plugin::wechat.${handler}`))];
