import type { Core } from '@strapi/strapi';
import { grant } from '../../../bootstrap/permissions';

/**
 * Users-permissions grants for plugins' content-API routes:
 * `strapi.service('api::platform.permissions').grant('authenticated', ['plugin::points.checkin.create'])`.
 * Adds only what is missing, so an operator's changes in the admin survive restarts.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  grant(roleType: 'public' | 'authenticated', actions: string[]) {
    return grant(strapi, roleType, actions);
  },
});
