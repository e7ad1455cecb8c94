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
        id: 'wedraw-today',
        pluginId: 'analytics',
        icon: ChartPie,
        title: { id: 'analytics.widget.today', defaultMessage: '今日运营概况' },
        component: async () => (await import('./pages/HomeWidget')).TodayWidget,
        link: { label: { id: 'analytics.widget.more', defaultMessage: '查看数据分析' }, href: '/plugins/analytics' },
        permissions: read,
      },
      {
        id: 'wedraw-trends',
        pluginId: 'analytics',
        icon: ChartPie,
        title: { id: 'analytics.widget.trends', defaultMessage: '待处理与近 30 天趋势' },
        component: async () => (await import('./pages/HomeWidget')).TrendsWidget,
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
        ? {
            'analytics.plugin.name': '数据分析',
            'analytics.widget.today': '今日运营概况',
            'analytics.widget.trends': '待处理与近 30 天趋势',
            'analytics.widget.more': '查看数据分析',
          }
        : {
            'analytics.plugin.name': 'Analytics',
            'analytics.widget.today': 'Today',
            'analytics.widget.trends': 'To do and 30-day trends',
            'analytics.widget.more': 'Open analytics',
          },
    }));
  },
};
