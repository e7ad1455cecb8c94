import type { Core } from '@strapi/strapi';
import type apps from '../services/apps';
import type clients from '../services/clients';
import type sharedState from '../services/shared-state';
import type identity from '../services/identity';
import type fans from '../services/fans';
import type replies from '../services/replies';
import type messages from '../services/messages';
import type callback from '../services/callback';
import type oauthLogin from '../services/oauth-login';
import type miniprogramLogin from '../services/miniprogram-login';
import type jssdk from '../services/jssdk';
import type demo from '../services/demo';
import type menus from '../services/menus';
import type menuClickReplies from '../services/menu-click-replies';
import type clickActions from '../services/click-actions';
import type templates from '../services/templates';
import type templateSends from '../services/template-sends';
import type templateDelivery from '../services/template-delivery';
import type fanSync from '../services/fan-sync';
import type fanTags from '../services/fan-tags';
import type fanDirectory from '../services/fan-directory';

type Of<F> = F extends (...args: never[]) => infer R ? R : never;

export interface WechatServices {
  apps: Of<typeof apps>;
  clients: Of<typeof clients>;
  sharedState: Of<typeof sharedState>;
  identity: Of<typeof identity>;
  fans: Of<typeof fans>;
  replies: Of<typeof replies>;
  messages: Of<typeof messages>;
  callback: Of<typeof callback>;
  oauthLogin: Of<typeof oauthLogin>;
  miniprogramLogin: Of<typeof miniprogramLogin>;
  jssdk: Of<typeof jssdk>;
  demo: Of<typeof demo>;
  menus: Of<typeof menus>;
  menuClickReplies: Of<typeof menuClickReplies>;
  clickActions: Of<typeof clickActions>;
  templates: Of<typeof templates>;
  templateSends: Of<typeof templateSends>;
  templateDelivery: Of<typeof templateDelivery>;
  fanSync: Of<typeof fanSync>;
  fanTags: Of<typeof fanTags>;
  fanDirectory: Of<typeof fanDirectory>;
}

/** Typed access to the plugin's services: `services(strapi).apps.get(appId)`. */
export function services(strapi: Core.Strapi): WechatServices {
  const plugin = strapi.plugin('wechat');
  return new Proxy({} as WechatServices, {
    get: (_t, name: string) => plugin.service(name),
  });
}
