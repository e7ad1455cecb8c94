import evaluator from './evaluator';
import metrics from './metrics';
import notifier from './notifier';
import overview from './overview';
import reports from './reports';
import rules from './rules';
import silences from './silences';
import targets from './targets';

/** The plugin's services, listed once: Strapi registers this map and `lib/services.ts` types from it. */
export default { evaluator, metrics, notifier, overview, reports, rules, silences, targets };
