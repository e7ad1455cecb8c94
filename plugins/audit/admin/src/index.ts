/** Admin entry of 安全审计 (bundled from source by the CMS admin build). */
import { Shield } from '@strapi/icons';
import { MENU_PERMISSIONS } from './permissions';

export default {
  register(app: any) {
    app.addMenuLink({
      to: 'plugins/audit',
      icon: Shield,
      intlLabel: { id: 'audit.plugin.name', defaultMessage: '安全审计' },
      Component: () => import('./pages/App'),
      permissions: MENU_PERMISSIONS,
    });
    app.registerPlugin({ id: 'audit', name: '安全审计' });
  },
  bootstrap() {},
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: { 'audit.plugin.name': locale.startsWith('zh') ? '安全审计' : 'Security audit' } }));
  },
};
