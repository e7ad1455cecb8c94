/** Admin entry of the plugin (bundled from source by the CMS admin build). */
import { Briefcase } from '@strapi/icons';
import zhHans from './translations/zh-Hans.json';
import en from './translations/en.json';

const PLUGIN_ID = 'wecom';
const trads: Record<string, Record<string, string>> = { 'zh-Hans': zhHans, en };

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Briefcase,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: '企业微信' },
      Component: () => import('./pages/App'),
      permissions: [
        { action: 'plugin::wecom.corps.read', subject: null },
        { action: 'plugin::wecom.accounts.read', subject: null },
        { action: 'plugin::wecom.contacts.read', subject: null },
        { action: 'plugin::wecom.customers.read', subject: null },
        { action: 'plugin::wecom.groups.read', subject: null },
        { action: 'plugin::wecom.welcome.read', subject: null },
        { action: 'plugin::wecom.robots.read', subject: null },
        { action: 'plugin::wecom.appchats.read', subject: null },
      ],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: '企业微信' });
  },
  bootstrap() {},
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({
      locale,
      data: Object.fromEntries(Object.entries(trads[locale] ?? en).map(([k, v]) => [`${PLUGIN_ID}.${k}`, v])),
    }));
  },
};
