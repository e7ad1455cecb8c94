/** One admin RBAC action as Strapi's action provider registers it (Settings → Roles → 插件). */
export interface AdminAction {
  section: 'plugins';
  displayName: string;
  uid: string;
  pluginName: string;
  subCategory: string;
}

/**
 * A plugin's RBAC vocabulary, named once: `action(uid, 名称, 分组)` for the list its bootstrap
 * registers, `can(uid)` for an admin route's policies (an authenticated admin holding
 * `plugin::<plugin>.<uid>`).
 */
export function adminActions(pluginName: string) {
  return {
    action: (uid: string, displayName: string, subCategory: string): AdminAction => ({ section: 'plugins', displayName, uid, pluginName, subCategory }),
    can: (uid: string) => ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [`plugin::${pluginName}.${uid}`] } }],
  };
}
