import evaluator from './evaluator';
import metrics from './metrics';
import notifier from './notifier';
import overview from './overview';
import rules from './rules';
import silences from './silences';

/** The plugin's services, listed once: Strapi registers this map and `lib/services.ts` types from it. */
export default { evaluator, metrics, notifier, overview, rules, silences };
