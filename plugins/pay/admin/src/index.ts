/** Admin entry of the plugin (bundled from source by the CMS admin build). */
import { Store } from '@strapi/icons';
import zhHans from './translations/zh-Hans.json';
import en from './translations/en.json';

const PLUGIN_ID = 'pay';
const trads: Record<string, Record<string, string>> = { 'zh-Hans': zhHans, en };

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Store,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: '支付' },
      Component: () => import('./pages/App'),
      permissions: ['accounts', 'merchants', 'orders', 'refunds', 'risk', 'bills'].map((r) => ({ action: `plugin::pay.${r}.read`, subject: null })),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: '支付' });
  },
  bootstrap() {},
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({
      locale,
      data: Object.fromEntries(Object.entries(trads[locale] ?? en).map(([k, v]) => [`${PLUGIN_ID}.${k}`, v])),
    }));
  },
};
