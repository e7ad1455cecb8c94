import apps from './apps';
import callback from './callback';
import clickActions from './click-actions';
import clients from './clients';
import demo from './demo';
import fanDirectory from './fan-directory';
import fanSync from './fan-sync';
import fanTags from './fan-tags';
import fans from './fans';
import identity from './identity';
import jssdk from './jssdk';
import menuClickReplies from './menu-click-replies';
import menus from './menus';
import messages from './messages';
import miniprogramLogin from './miniprogram-login';
import oauthLogin from './oauth-login';
import replies from './replies';
import sharedState from './shared-state';
import templateDispatch from './template-dispatch';
import templateSends from './template-sends';
import templates from './templates';

/** The plugin's services, listed once: Strapi registers this map and `lib/services.ts` types from it. */
export default {
  apps,
  callback,
  clickActions,
  clients,
  demo,
  fanDirectory,
  fanSync,
  fanTags,
  fans,
  identity,
  jssdk,
  menuClickReplies,
  menus,
  messages,
  miniprogramLogin,
  oauthLogin,
  replies,
  sharedState,
  templateDispatch,
  templateSends,
  templates,
};
