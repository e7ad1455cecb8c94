import aggregates from './aggregates';
import dashboards from './dashboards';
import sources from './sources';

/** The plugin's services, listed once: Strapi registers this map and `lib/services.ts` types from it. */
export default { aggregates, dashboards, sources };
