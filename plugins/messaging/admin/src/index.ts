/** Admin entry of the message center (bundled from source by the CMS admin build). */
import { Message } from '@strapi/icons';
import { MENU_PERMISSIONS } from './permissions';

export default {
  register(app: any) {
    app.addMenuLink({
      to: 'plugins/messaging',
      icon: Message,
      intlLabel: { id: 'messaging.plugin.name', defaultMessage: '消息中心' },
      Component: () => import('./pages/App'),
      permissions: MENU_PERMISSIONS,
    });
    app.registerPlugin({ id: 'messaging', name: '消息中心' });
  },
  bootstrap() {},
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: { 'messaging.plugin.name': locale.startsWith('zh') ? '消息中心' : 'Messages' } }));
  },
};
