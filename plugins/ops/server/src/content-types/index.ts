import alertEvent from './alert-event/schema.json';
import alertRule from './alert-rule/schema.json';
import alertTarget from './alert-target/schema.json';
import alert from './alert/schema.json';
import report from './report/schema.json';
import silence from './silence/schema.json';

export default {
  'alert-rule': { schema: alertRule },
  alert: { schema: alert },
  'alert-event': { schema: alertEvent },
  'alert-target': { schema: alertTarget },
  report: { schema: report },
  silence: { schema: silence },
};
