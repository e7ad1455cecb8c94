import account from './account/schema.json';
import appchat from './appchat/schema.json';
import accountStatusChange from './account-status-change/schema.json';
import corp from './corp/schema.json';
import customer from './customer/schema.json';
import customerFollow from './customer-follow/schema.json';
import customerGroup from './customer-group/schema.json';
import customerGroupMember from './customer-group-member/schema.json';
import department from './department/schema.json';
import groupStat from './group-stat/schema.json';
import groupWelcomeTemplate from './group-welcome-template/schema.json';
import member from './member/schema.json';
import memberImport from './member-import/schema.json';
import robot from './robot/schema.json';
import robotMessage from './robot-message/schema.json';
import syncRun from './sync-run/schema.json';
import tag from './tag/schema.json';
import welcomeRule from './welcome-rule/schema.json';
import welcomeSend from './welcome-send/schema.json';
import { encryptCorpSecrets } from '../services/corps';

type LifecycleEvent = { params: { data?: Record<string, unknown> } };

export default {
  corp: {
    schema: corp,
    lifecycles: {
      // Whatever path writes a corp (our admin routes, a script), its secrets land encrypted.
      beforeCreate: (event: LifecycleEvent) => encryptCorpSecrets(event.params.data),
      beforeUpdate: (event: LifecycleEvent) => encryptCorpSecrets(event.params.data),
    },
  },
  department: { schema: department },
  member: { schema: member },
  'member-import': { schema: memberImport },
  tag: { schema: tag },
  'sync-run': { schema: syncRun },
  account: { schema: account },
  'account-status-change': { schema: accountStatusChange },
  customer: { schema: customer },
  'customer-follow': { schema: customerFollow },
  'customer-group': { schema: customerGroup },
  'customer-group-member': { schema: customerGroupMember },
  'group-stat': { schema: groupStat },
  'group-welcome-template': { schema: groupWelcomeTemplate },
  'welcome-rule': { schema: welcomeRule },
  'welcome-send': { schema: welcomeSend },
  robot: { schema: robot },
  'robot-message': { schema: robotMessage },
  appchat: { schema: appchat },
};
