/** Admin entry of 运维监控 (bundled from source by the CMS admin build). */
import { Monitor } from '@strapi/icons';
import { MENU_PERMISSIONS } from './permissions';

export default {
  register(app: any) {
    app.addMenuLink({
      to: 'plugins/ops',
      icon: Monitor,
      intlLabel: { id: 'ops.plugin.name', defaultMessage: '运维监控' },
      Component: () => import('./pages/App'),
      permissions: MENU_PERMISSIONS,
    });
    app.registerPlugin({ id: 'ops', name: '运维监控' });
  },
  bootstrap() {},
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: { 'ops.plugin.name': locale.startsWith('zh') ? '运维监控' : 'Operations' } }));
  },
};
