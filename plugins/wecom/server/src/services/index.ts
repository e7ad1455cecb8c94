import accounts from './accounts';
import appchats from './appchats';
import callback from './callback';
import clients from './clients';
import contactsEdit from './contacts-edit';
import contactsImport from './contacts-import';
import contactsPush from './contacts-push';
import contactsRead from './contacts-read';
import contactsSync from './contacts-sync';
import corps from './corps';
import demo from './demo';
import directory from './directory';
import robots from './robots';
import robotsDelivery from './robots-delivery';
import sharedState from './shared-state';
import webLogin from './web-login';

/** The plugin's services, listed once: Strapi registers this map and `lib/services.ts` types from it. */
export default {
  accounts,
  appchats,
  callback,
  clients,
  contactsEdit,
  contactsImport,
  contactsPush,
  contactsRead,
  contactsSync,
  corps,
  demo,
  directory,
  robots,
  robotsDelivery,
  sharedState,
  webLogin,
};
