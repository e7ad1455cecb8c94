import { can } from '../permissions';

const route = (method: string, path: string, handler: string, action: string) => ({
  method,
  path,
  handler: `admin.${handler}`,
  config: { policies: can(action) },
});

export default {
  admin: {
    type: 'admin',
    routes: [
      // The login page asks for a captcha before anyone is logged in.
      { method: 'GET', path: '/captcha', handler: 'admin.captcha', config: { auth: false as const, policies: [] } },
      route('GET', '/login-logs', 'loginLogs', 'login-logs.read'),
      route('GET', '/login-logs/export', 'exportLoginLogs', 'logs.export'),
      route('GET', '/operation-logs', 'operationLogs', 'operation-logs.read'),
      route('GET', '/operation-logs/export', 'exportOperationLogs', 'logs.export'),
      route('GET', '/operation-logs/:id', 'operationLog', 'operation-logs.read'),
      route('GET', '/settings', 'settings', 'settings.read'),
      route('PUT', '/settings', 'updateSettings', 'settings.update'),
      route('POST', '/unlock', 'unlock', 'settings.update'),
      route('POST', '/cleanup', 'cleanup', 'settings.update'),
      route('GET', '/sessions', 'sessions', 'sessions.read'),
      route('DELETE', '/sessions/:sessionId', 'revokeSession', 'sessions.revoke'),
    ],
  },
};
