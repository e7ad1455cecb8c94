import merchantAccount from './merchant-account/schema.json';
import merchant from './merchant/schema.json';
import payCode from './pay-code/schema.json';
import payOrder from './pay-order/schema.json';
import refund from './refund/schema.json';
import notifyLog from './notify-log/schema.json';
import riskRule from './risk-rule/schema.json';
import riskHit from './risk-hit/schema.json';
import { encryptKeyFields } from '../services/accounts';

type LifecycleEvent = { params: { data?: Record<string, unknown> } };

export default {
  'merchant-account': {
    schema: merchantAccount,
    lifecycles: {
      // Whatever path writes an account, its private key and APIv3 key land encrypted.
      beforeCreate: (event: LifecycleEvent) => encryptKeyFields(event.params.data),
      beforeUpdate: (event: LifecycleEvent) => encryptKeyFields(event.params.data),
    },
  },
  merchant: { schema: merchant },
  'pay-code': { schema: payCode },
  'pay-order': { schema: payOrder },
  refund: { schema: refund },
  'notify-log': { schema: notifyLog },
  'risk-rule': { schema: riskRule },
  'risk-hit': { schema: riskHit },
};
