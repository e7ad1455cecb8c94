import { admin } from './admin';
import { contentManager } from './content-manager';
import { enumLabels } from './enum-labels';
import { email, i18n, usersPermissions } from './plugins';
import { unlisted } from './unlisted';
import { upload } from './upload';

const prefixed = (plugin: string, strings: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(strings).map(([key, value]) => [`${plugin}.${key}`, value]));

/** Names Strapi shows from content types' schemas (display names are looked up as message keys). */
const contentTypeNames: Record<string, string> = {
  User: '用户',
};

/**
 * What WeDraw adds to Strapi's zh-Hans catalogue: the strings it lacks on every screen an operator
 * reaches, the names of built-in content types and the labels of enumeration values.
 */
export const zhHans: Record<string, string> = {
  ...admin,
  ...prefixed('content-manager', contentManager),
  ...prefixed('upload', upload),
  ...prefixed('users-permissions', usersPermissions),
  ...prefixed('email', email),
  ...prefixed('i18n', i18n),
  ...unlisted,
  ...contentTypeNames,
  // The content manager's menu entry (its own catalogue has no such key, so Strapi's default shows).
  'content-manager.plugin.name': '内容管理',
  ...enumLabels,
  'app.components.LeftMenu.navbrand.title': 'WeDraw 运营后台',
  'app.components.LeftMenu.navbrand.workplace': '品牌微信运营平台',
  'Auth.form.welcome.title': '欢迎使用 WeDraw',
  'Auth.form.welcome.subtitle': '登录运营后台',
};
