import type { Core } from '@strapi/strapi';
import { grant } from '../../../bootstrap/permissions';

type RoleType = 'public' | 'authenticated';

const pending: Array<{ roleType: RoleType; actions: string[] }> = [];
let applied = false;

/** Called by the CMS's register(): a new boot collects grants again until its bootstrap applies them. */
export function deferGrants(): void {
  applied = false;
  pending.length = 0;
}

/** Called by the CMS's own bootstrap, which runs after every plugin's (and after users-permissions made its roles). */
export async function applyPendingGrants(strapi: Core.Strapi): Promise<void> {
  applied = true;
  for (const { roleType, actions } of pending.splice(0)) await grant(strapi, roleType, actions);
}

/**
 * Users-permissions grants for plugins' content-API routes:
 * `strapi.service('api::platform.permissions').grant('authenticated', ['plugin::points.checkin.create'])`.
 * Plugins may call it from their bootstrap: grants wait until the roles exist. Adds only what is
 * missing, so an operator's changes in the admin survive restarts.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async grant(roleType: RoleType, actions: string[]) {
    if (!applied) {
      pending.push({ roleType, actions });
      return;
    }
    await grant(strapi, roleType, actions);
  },
});
