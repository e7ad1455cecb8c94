import type { Core } from '@strapi/strapi';
import { assertVisitorAction } from '../../../platform/visitor-access';

export type VisitorRole = 'public' | 'authenticated';

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

const declared: Record<VisitorRole, Set<string>> = { public: new Set(), authenticated: new Set() };
let applied = false;

/** Called by the CMS's register(): a new boot collects the declarations again. */
export function deferGrants(): void {
  applied = false;
  declared.public.clear();
  declared.authenticated.clear();
}

/** Record actions a visitor role holds; a generic CRUD action is refused at once (see visitor-access). */
export function declareVisitorActions(strapi: Core.Strapi, roleType: VisitorRole, actions: string[]): void {
  for (const action of actions) {
    assertVisitorAction(strapi, action);
    declared[roleType].add(action);
  }
}

/**
 * Make a visitor role hold exactly its declared actions: missing ones are added, any other one
 * (an old grant, users-permissions' defaults, a change made in Settings → 角色) is removed and logged.
 */
async function applyRole(strapi: Core.Strapi, roleType: VisitorRole): Promise<void> {
  const role = await strapi.db.query(ROLE_UID).findOne({ where: { type: roleType } });
  if (!role) throw new Error(`users-permissions role "${roleType}" is missing`);
  const held = (await strapi.db.query(PERMISSION_UID).findMany({ where: { role: { id: role.id } }, select: ['id', 'action'] })) as Array<{
    id: number;
    action: string;
  }>;
  const want = declared[roleType];
  const extra = held.filter((p) => !want.has(p.action));
  if (extra.length) {
    await strapi.db.query(PERMISSION_UID).deleteMany({ where: { id: { $in: extra.map((p) => p.id) } } });
    strapi.log.warn(`[wedraw] ${roleType} role: removed actions no visitor route needs: ${extra.map((p) => p.action).join(', ')}`);
  }
  const have = new Set(held.map((p) => p.action));
  for (const action of want) if (!have.has(action)) await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
}

/** Called by the CMS's own bootstrap, which runs after every plugin's (and after users-permissions made its roles). */
export async function applyPendingGrants(strapi: Core.Strapi): Promise<void> {
  applied = true;
  await applyRole(strapi, 'public');
  await applyRole(strapi, 'authenticated');
}

/**
 * Visitor grants for plugins' content-API routes:
 * `strapi.service('api::platform.permissions').grant('authenticated', ['plugin::points.checkin.checkIn'])`.
 * Plugins call it from their bootstrap; the roles are set once every plugin has declared. The
 * visitor roles hold exactly what is declared: the code, not the Roles page, decides what a visitor reaches.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async grant(roleType: VisitorRole, actions: string[]) {
    declareVisitorActions(strapi, roleType, actions);
    if (applied) await applyRole(strapi, roleType);
  },
});
