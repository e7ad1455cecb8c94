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
import customersPush from './customers-push';
import customersRead from './customers-read';
import customersStore from './customers-store';
import customersSync from './customers-sync';
import demo from './demo';
import directory from './directory';
import employeeDirectory from './employee-directory';
import employeeWorkspace from './employee-workspace';
import groupStats from './group-stats';
import groupWelcome from './group-welcome';
import groupsRead from './groups-read';
import groupsStore from './groups-store';
import groupsSync from './groups-sync';
import robots from './robots';
import robotsDelivery from './robots-delivery';
import sharedState from './shared-state';
import webLogin from './web-login';
import welcomeRules from './welcome-rules';
import welcomeSend from './welcome-send';

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
  customersPush,
  customersRead,
  customersStore,
  customersSync,
  demo,
  directory,
  employeeDirectory,
  employeeWorkspace,
  groupStats,
  groupWelcome,
  groupsRead,
  groupsStore,
  groupsSync,
  robots,
  robotsDelivery,
  sharedState,
  webLogin,
  welcomeRules,
  welcomeSend,
};
