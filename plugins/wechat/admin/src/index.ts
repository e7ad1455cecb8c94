/** Admin entry of the plugin (bundled from source by the CMS admin build). */
import { Discuss } from '@strapi/icons';
import zhHans from './translations/zh-Hans.json';
import en from './translations/en.json';

const PLUGIN_ID = 'wechat';
const trads: Record<string, Record<string, string>> = { 'zh-Hans': zhHans, en };

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Discuss,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: '微信' },
      Component: () => import('./pages/App'),
      permissions: [{ action: 'plugin::wechat.apps.read', subject: null }],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: '微信' });
  },
  bootstrap() {},
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({
      locale,
      data: Object.fromEntries(Object.entries(trads[locale] ?? en).map(([k, v]) => [`${PLUGIN_ID}.${k}`, v])),
    }));
  },
};
