import { z } from 'zod';
import { can } from '../permissions';

const healthShape = z.object({
  status: z.enum(['up', 'degraded', 'down']).describe('down：某个依赖不可用（503）；degraded：有严重告警在触发'),
  services: z.array(z.object({ name: z.string(), status: z.string().describe('up / down / disabled / inline') })),
  uptime: z.number().describe('本实例运行秒数'),
  firingCritical: z.number(),
});

const route = (method: string, path: string, handler: string, action: string) => ({
  method,
  path,
  handler: `admin.${handler}`,
  config: { policies: can(action) },
});

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      {
        method: 'GET',
        path: '/monitor/health',
        handler: 'monitor.health',
        // Served at /api/monitor/health (seed 003's path), not under the plugin's name: an own (empty)
        // prefix mounts the route on /api with its path as written.
        config: { auth: false as const, policies: [], prefix: '' },
        openapi: { summary: '服务健康（数据库、Redis、队列）', security: 'public', responses: { 200: healthShape, 503: healthShape } },
      },
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      route('GET', '/overview', 'overview', 'overview.read'),
      route('GET', '/metrics', 'metrics', 'overview.read'),
      route('GET', '/rules', 'rules', 'rules.read'),
      route('POST', '/rules', 'createRule', 'rules.update'),
      route('PUT', '/rules/:documentId', 'updateRule', 'rules.update'),
      route('DELETE', '/rules/:documentId', 'deleteRule', 'rules.update'),
      route('GET', '/targets', 'targets', 'targets.read'),
      route('POST', '/targets', 'createTarget', 'targets.update'),
      route('PUT', '/targets/:documentId', 'updateTarget', 'targets.update'),
      route('DELETE', '/targets/:documentId', 'deleteTarget', 'targets.update'),
      route('GET', '/reports', 'reports', 'reports.read'),
      route('GET', '/reports/:documentId', 'report', 'reports.read'),
      route('POST', '/reports', 'generateReport', 'reports.generate'),
      route('GET', '/alerts', 'alerts', 'alerts.read'),
      route('GET', '/alerts/:id/events', 'alertEvents', 'alerts.read'),
      route('GET', '/silences', 'silences', 'silences.read'),
      route('POST', '/silences', 'createSilence', 'silences.update'),
      route('POST', '/silences/:documentId/expire', 'expireSilence', 'silences.update'),
    ],
  },
};
