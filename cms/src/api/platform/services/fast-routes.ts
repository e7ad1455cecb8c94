import { platform } from '../../../platform';
import type { FastRoute } from '../../../platform/fast-routes';

/**
 * `strapi.service('api::platform.fast-routes').add(route)`: a plugin's endpoint answered ahead
 * of Strapi's middleware stack (see src/platform/fast-routes.ts).
 */
export default () => ({
  add(route: FastRoute) {
    platform().fastRoutes.add(route);
  },
});
