/** Admin RBAC actions of the menu editor (`plugin::wechat.menus.<action>`). */
export const MENU_ACTIONS = [
  { section: 'plugins', displayName: '查看自定义菜单', uid: 'menus.read', pluginName: 'wechat', subCategory: '自定义菜单' },
  { section: 'plugins', displayName: '编辑菜单草稿、拉取线上菜单、绑定点击回复', uid: 'menus.update', pluginName: 'wechat', subCategory: '自定义菜单' },
  { section: 'plugins', displayName: '发布菜单到微信', uid: 'menus.publish', pluginName: 'wechat', subCategory: '自定义菜单' },
];
