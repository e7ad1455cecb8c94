import type { StrapiApp } from '@strapi/strapi/admin';

const LANGUAGE_KEY = 'strapi-admin-language';

// WeDraw's operators work in Simplified Chinese: make it the default until someone picks another
// language in their profile (which Strapi stores under the same key).
if (typeof window !== 'undefined' && !window.localStorage.getItem(LANGUAGE_KEY)) {
  window.localStorage.setItem(LANGUAGE_KEY, 'zh-Hans');
}

export default {
  config: {
    locales: ['zh-Hans'],
    translations: {
      'zh-Hans': {
        'app.components.LeftMenu.navbrand.title': 'WeDraw 运营后台',
        'app.components.LeftMenu.navbrand.workplace': '品牌微信运营平台',
        'Auth.form.welcome.title': '欢迎使用 WeDraw',
        'Auth.form.welcome.subtitle': '登录运营后台',
      },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {},
};
