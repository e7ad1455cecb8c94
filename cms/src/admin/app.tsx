import { Book } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { addGoodsColumns } from './goods-columns';
import { installLoginCaptcha } from './login-captcha';
import { quietAdmin } from './quiet-admin';
import { zhHans } from './translations';

const LANGUAGE_KEY = 'strapi-admin-language';

if (typeof window !== 'undefined') {
  // WeDraw's operators work in Simplified Chinese: make it the default until someone picks another
  // language in their profile (which Strapi stores under the same key).
  if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'zh-Hans');
  quietAdmin(window.localStorage);
  installLoginCaptcha();
}

export default {
  config: {
    locales: ['zh-Hans'],
    translations: { 'zh-Hans': zhHans },
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    // 接口文档: /docs (Swagger UI on /openapi.json) in the admin's menu, for every admin.
    app.addMenuLink({
      to: 'api-docs',
      icon: Book,
      intlLabel: { id: 'wedraw.api-docs', defaultMessage: '接口文档' },
      Component: () => import('./pages/api-docs'),
      permissions: [],
    });
    // 商品 · 标签 (global::tags, declared on the server in src/index.ts): a tag picker, not a JSON editor.
    app.customFields.register({
      name: 'tags',
      type: 'json',
      intlLabel: { id: 'wedraw.tags.label', defaultMessage: '标签' },
      intlDescription: { id: 'wedraw.tags.description', defaultMessage: '商品标签，「按标签」选品的专区用它' },
      components: { Input: async () => import('./fields/tags-input') },
    } as any);
  },
  bootstrap(app: StrapiApp) {
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addGoodsColumns);
  },
};
