import app from './app/schema.json';
import fan from './fan/schema.json';
import fanSyncRun from './fan-sync-run/schema.json';
import fanTag from './fan-tag/schema.json';
import identity from './identity/schema.json';
import menu from './menu/schema.json';
import message from './message/schema.json';
import reply from './reply/schema.json';
import template from './template/schema.json';
import templateSend from './template-send/schema.json';
import { encryptSecretFields } from '../services/apps';

type LifecycleEvent = { params: { data?: Record<string, unknown> } };

export default {
  app: {
    schema: app,
    lifecycles: {
      // Whatever path writes an app (our admin routes, a script, the document service), secrets land encrypted.
      beforeCreate: (event: LifecycleEvent) => encryptSecretFields(event.params.data),
      beforeUpdate: (event: LifecycleEvent) => encryptSecretFields(event.params.data),
    },
  },
  fan: { schema: fan },
  'fan-tag': { schema: fanTag },
  'fan-sync-run': { schema: fanSyncRun },
  identity: { schema: identity },
  menu: { schema: menu },
  message: { schema: message },
  reply: { schema: reply },
  template: { schema: template },
  'template-send': { schema: templateSend },
};
