import type { Core } from '@strapi/strapi';

/** Public mall reads (and banner clicks): granted to visitors and logged-in users alike. */
export const PUBLIC_ACTIONS = [
  'api::mall.mall.home',
  'api::category.category.tree',
  'api::good.good.list',
  'api::good.good.detail',
  'api::zone.zone.goods',
  'api::banner.banner.click',
];

/** A logged-in user's own records. */
export const AUTHENTICATED_ACTIONS = [
  'api::address.address.find',
  'api::address.address.findOne',
  'api::address.address.create',
  'api::address.address.update',
  'api::address.address.delete',
];

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

/**
 * Grant actions to a users-permissions role ('public' | 'authenticated'), adding only what is
 * missing, so operators' own changes in the admin survive restarts. Plugins call it for their routes.
 */
export async function grant(strapi: Core.Strapi, roleType: 'public' | 'authenticated', actions: string[]): Promise<void> {
  const role = await strapi.db.query(ROLE_UID).findOne({ where: { type: roleType } });
  if (!role) throw new Error(`users-permissions role "${roleType}" is missing`);
  const existing = await strapi.db.query(PERMISSION_UID).findMany({ where: { role: { id: role.id }, action: { $in: actions } } });
  const have = new Set(existing.map((p: { action: string }) => p.action));
  for (const action of actions) {
    if (!have.has(action)) await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
  }
}

export async function setupPermissions(strapi: Core.Strapi): Promise<void> {
  await grant(strapi, 'public', PUBLIC_ACTIONS);
  await grant(strapi, 'authenticated', [...PUBLIC_ACTIONS, ...AUTHENTICATED_ACTIONS]);
}
