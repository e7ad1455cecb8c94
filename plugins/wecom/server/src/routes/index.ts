import { withDoc } from './docs';
import { employeeRoutes } from './employee';
import { can } from './policies';

/** Content-API routes (/api/wecom/...) per API.md, and admin routes (/wecom/...) guarded per action. */
const CALLBACK_PATH = '/callback/:corpId';
const CORP = '/corps/:corpId';

const admin = (method: string, path: string, handler: string, action: string) => ({ method, path, handler, config: { policies: can(action) } });

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      // WeCom's servers carry no user token: the signatures are the authentication.
      { method: 'GET', path: CALLBACK_PATH, handler: 'callback.verify', config: { auth: false, policies: [] } },
      { method: 'POST', path: CALLBACK_PATH, handler: 'callback.receive', config: { auth: false, policies: [] } },
      // WeCom web login: the code from WeCom's redirect is the credential.
      { method: 'GET', path: '/login/url', handler: 'login.url', config: { auth: false, policies: [] } },
      { method: 'POST', path: '/login', handler: 'login.login', config: { auth: false, policies: [] } },
      // Integrating systems: the message center's tenant key (and signature) authenticates, in the controller.
      { method: 'GET', path: '/accounts', handler: 'accounts.integratorList', config: { auth: false, policies: [] } },
      { method: 'GET', path: '/accounts/:code/status', handler: 'accounts.integratorStatus', config: { auth: false, policies: [] } },
      ...employeeRoutes,
    ].map(withDoc),
  },
  admin: {
    type: 'admin',
    routes: [
      admin('GET', '/corps', 'corps.list', 'corps.read'),
      admin('POST', '/corps', 'corps.create', 'corps.update'),
      admin('PUT', '/corps/:documentId', 'corps.update', 'corps.update'),
      admin('DELETE', '/corps/:documentId', 'corps.remove', 'corps.update'),
      admin('POST', `${CORP}/check`, 'corps.check', 'corps.read'),
      admin('GET', `${CORP}/departments`, 'contacts.departments', 'contacts.read'),
      admin('POST', `${CORP}/departments`, 'contacts.createDepartment', 'contacts.update'),
      admin('PUT', `${CORP}/departments/:id`, 'contacts.updateDepartment', 'contacts.update'),
      admin('DELETE', `${CORP}/departments/:id`, 'contacts.deleteDepartment', 'contacts.update'),
      admin('GET', `${CORP}/members`, 'contacts.members', 'contacts.read'),
      admin('POST', `${CORP}/members`, 'contacts.createMember', 'contacts.update'),
      admin('PUT', `${CORP}/members/:userid`, 'contacts.updateMember', 'contacts.update'),
      admin('DELETE', `${CORP}/members/:userid`, 'contacts.resignMember', 'contacts.update'),
      admin('GET', `${CORP}/tags`, 'contacts.tags', 'contacts.read'),
      admin('POST', `${CORP}/tags`, 'contacts.createTag', 'contacts.update'),
      admin('POST', `${CORP}/tags/:tagId/members`, 'contacts.tagMembers', 'contacts.update'),
      admin('GET', `${CORP}/member-imports/template`, 'imports.template', 'contacts.read'),
      admin('GET', `${CORP}/member-imports`, 'imports.list', 'contacts.read'),
      admin('POST', `${CORP}/member-imports`, 'imports.submit', 'contacts.import'),
      admin('GET', '/member-imports/:documentId', 'imports.get', 'contacts.read'),
      admin('POST', `${CORP}/sync`, 'sync.start', 'contacts.sync'),
      admin('GET', '/sync-runs', 'sync.list', 'contacts.read'),
      admin('GET', '/sync-runs/:documentId', 'sync.get', 'contacts.read'),
      admin('POST', '/sync-runs/:documentId/resume', 'sync.resume', 'contacts.sync'),
      admin('GET', `${CORP}/customers`, 'customers.list', 'customers.read'),
      admin('GET', `${CORP}/customer-tags`, 'customers.tags', 'customers.read'),
      admin('GET', `${CORP}/customers/:externalUserid`, 'customers.get', 'customers.read'),
      admin('POST', `${CORP}/customers/sync`, 'customers.sync', 'customers.sync'),
      admin('GET', `${CORP}/groups`, 'groups.list', 'groups.read'),
      admin('GET', `${CORP}/groups/:chatId`, 'groups.get', 'groups.read'),
      admin('POST', `${CORP}/groups/sync`, 'groups.sync', 'groups.sync'),
      admin('GET', `${CORP}/group-stats`, 'groups.stats', 'groups.read'),
      admin('POST', `${CORP}/group-stats/pull`, 'groups.pullStats', 'groups.sync'),
      admin('GET', `${CORP}/welcome-rules`, 'welcome.rules', 'welcome.read'),
      admin('POST', `${CORP}/welcome-rules`, 'welcome.createRule', 'welcome.update'),
      admin('PUT', '/welcome-rules/:documentId', 'welcome.updateRule', 'welcome.update'),
      admin('DELETE', '/welcome-rules/:documentId', 'welcome.removeRule', 'welcome.update'),
      admin('GET', `${CORP}/welcome-sends`, 'welcome.sends', 'welcome.read'),
      admin('GET', `${CORP}/group-welcome-templates`, 'welcome.groupTemplates', 'welcome.read'),
      admin('POST', `${CORP}/group-welcome-templates`, 'welcome.createGroupTemplate', 'welcome.update'),
      admin('PUT', '/group-welcome-templates/:documentId', 'welcome.updateGroupTemplate', 'welcome.update'),
      admin('DELETE', '/group-welcome-templates/:documentId', 'welcome.removeGroupTemplate', 'welcome.update'),
      admin('GET', '/accounts', 'accounts.list', 'accounts.read'),
      admin('POST', '/accounts', 'accounts.create', 'accounts.update'),
      admin('PUT', '/accounts/:code', 'accounts.update', 'accounts.update'),
      admin('GET', '/accounts/:code/history', 'accounts.history', 'accounts.read'),
      admin('POST', '/accounts/:code/verify', 'accounts.verify', 'accounts.update'),
      admin('POST', '/accounts/:code/offline', 'accounts.offline', 'accounts.update'),
      admin('GET', '/robots', 'robots.list', 'robots.read'),
      admin('POST', '/robots', 'robots.create', 'robots.update'),
      admin('GET', '/robots/:code', 'robots.get', 'robots.read'),
      admin('PUT', '/robots/:code', 'robots.update', 'robots.update'),
      admin('POST', '/robots/:code/messages', 'robots.send', 'robots.send'),
      admin('GET', '/robot-messages', 'robots.messages', 'robots.read'),
      admin('GET', '/appchats', 'appchats.list', 'appchats.read'),
      admin('POST', '/appchats', 'appchats.create', 'appchats.update'),
      admin('POST', '/appchats/:chatid/messages', 'appchats.send', 'appchats.send'),
    ],
  },
};
