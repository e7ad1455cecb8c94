import { CAN } from '../../server/src/permissions';

/** The RBAC checks of the admin pages (the same action names the admin routes require). */
const need = (action: string) => [{ action, subject: null }];

export const PAGE_PERMISSIONS = {
  readUsers: need(CAN.readUsers),
  adjust: need(CAN.adjust),
  readOrders: need(CAN.readOrders),
  updateOrders: need(CAN.updateOrders),
  readReports: need(CAN.readReports),
};

/** The menu link shows for a role holding any read action of the plugin. */
export const MENU_PERMISSIONS = [...PAGE_PERMISSIONS.readUsers, ...PAGE_PERMISSIONS.readOrders, ...PAGE_PERMISSIONS.readReports];
