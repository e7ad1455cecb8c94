/** Admin entry of the points plugin (bundled from source by the CMS admin build). */
import { PuzzlePiece } from '@strapi/icons';
import { MENU_PERMISSIONS } from './permissions';

export default {
  register(app: any) {
    app.addMenuLink({
      to: 'plugins/points',
      icon: PuzzlePiece,
      intlLabel: { id: 'points.plugin.name', defaultMessage: '积分管理' },
      Component: () => import('./pages/App'),
      permissions: MENU_PERMISSIONS,
    });
    app.registerPlugin({ id: 'points', name: '积分' });
  },
  bootstrap() {},
  async registerTrads({ locales }: { locales: string[] }) {
    const messages: Record<string, string> = { 'points.plugin.name': '积分管理' };
    return locales.map((locale) => ({ locale, data: locale.startsWith('zh') ? messages : { 'points.plugin.name': 'Points' } }));
  },
};
