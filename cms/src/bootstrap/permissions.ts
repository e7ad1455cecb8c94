import type { Core } from '@strapi/strapi';
import { declareVisitorActions } from '../api/platform/services/permissions';

/** Public mall reads (and banner clicks, zone views): granted to visitors and logged-in users alike. */
export const PUBLIC_ACTIONS = [
  'api::mall.mall.home',
  'api::category.category.tree',
  'api::good.good.list',
  'api::good.good.detail',
  'api::zone.zone.goods',
  'api::banner.banner.click',
  'api::zone.zone.view',
];

/** Users-permissions' own routes that the API contract keeps: local login and register, and `/api/users/me`. */
const ACCOUNT_ACTIONS = ['plugin::users-permissions.auth.callback', 'plugin::users-permissions.auth.register'];
const ME_ACTIONS = ['plugin::users-permissions.user.me'];

/** A logged-in user's own records: the owner-scoped address routes. */
export const AUTHENTICATED_ACTIONS = [
  'api::address.address.listOwn',
  'api::address.address.findOwn',
  'api::address.address.createOwn',
  'api::address.address.updateOwn',
  'api::address.address.deleteOwn',
];

/** The CMS's own visitor actions; plugins declare theirs through `api::platform.permissions`. */
export function declareCmsVisitorActions(strapi: Core.Strapi): void {
  declareVisitorActions(strapi, 'public', [...PUBLIC_ACTIONS, ...ACCOUNT_ACTIONS]);
  declareVisitorActions(strapi, 'authenticated', [...PUBLIC_ACTIONS, ...ME_ACTIONS, ...AUTHENTICATED_ACTIONS]);
}
