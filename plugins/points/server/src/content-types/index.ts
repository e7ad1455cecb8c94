import account from './account/schema.json';
import transaction from './transaction/schema.json';
import rule from './rule/schema.json';
import checkin from './checkin/schema.json';
import exchangeOrder from './exchange-order/schema.json';

/** Content types of the points plugin; the keys are the singular names (uid plugin::points.<key>). */
export default {
  account: { schema: account },
  transaction: { schema: transaction },
  rule: { schema: rule },
  checkin: { schema: checkin },
  'exchange-order': { schema: exchangeOrder },
};
