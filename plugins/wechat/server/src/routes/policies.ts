/** Admin route policies: an authenticated admin holding the plugin's RBAC action. */
export const can = (action: string) => ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [`plugin::wechat.${action}`] } }];
