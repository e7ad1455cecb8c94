import { cacheAuthLookups } from '../../platform/auth-cache';

/** Strapi's extension point for the users-permissions plugin: its per-request lookups are cached. */
export default (plugin: { services: Record<string, any> }) => {
  cacheAuthLookups(plugin.services);
  return plugin;
};
