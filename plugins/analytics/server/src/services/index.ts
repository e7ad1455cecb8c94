import aggregates from './aggregates';
import answers from './answers';
import dashboards from './dashboards';
import sources from './sources';

/** The plugin's services, listed once: Strapi registers this map and `lib/services.ts` types from it. */
export default { aggregates, answers, dashboards, sources };
