import account from './account/schema.json';
import appchat from './appchat/schema.json';
import accountStatusChange from './account-status-change/schema.json';
import corp from './corp/schema.json';
import department from './department/schema.json';
import member from './member/schema.json';
import memberImport from './member-import/schema.json';
import robot from './robot/schema.json';
import robotMessage from './robot-message/schema.json';
import syncRun from './sync-run/schema.json';
import tag from './tag/schema.json';
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
  robot: { schema: robot },
  'robot-message': { schema: robotMessage },
  appchat: { schema: appchat },
};
