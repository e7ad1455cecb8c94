/** Admin entry of 数据分析 (bundled from source by the CMS admin build). */
import { ChartPie } from '@strapi/icons';

const read = [{ action: 'plugin::analytics.dashboards.read', subject: null }];

export default {
  register(app: any) {
    app.addMenuLink({
      to: 'plugins/analytics',
      icon: ChartPie,
      intlLabel: { id: 'analytics.plugin.name', defaultMessage: '数据分析' },
      Component: () => import('./pages/App'),
      permissions: read,
    });
    // Strapi 5's homepage widget API: the WeDraw home takes the place of Strapi's own widgets.
    app.widgets?.register(() => [
      {
        id: 'wedraw-home',
        pluginId: 'analytics',
        icon: ChartPie,
        title: { id: 'analytics.widget.home', defaultMessage: '今日运营概况' },
        component: async () => (await import('./pages/HomeWidget')).HomeWidget,
        permissions: read,
      },
    ]);
    app.registerPlugin({ id: 'analytics', name: '数据分析' });
  },
  bootstrap() {},
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({
      locale,
      data: locale.startsWith('zh')
        ? { 'analytics.plugin.name': '数据分析', 'analytics.widget.home': '今日运营概况' }
        : { 'analytics.plugin.name': 'Analytics', 'analytics.widget.home': 'Today at a glance' },
    }));
  },
};
