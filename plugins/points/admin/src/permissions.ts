import { useHeldActions } from '@wedraw/kit/admin';
import { CAN } from '../../server/src/action-names';

/** The RBAC checks of the admin pages (the same action names the admin routes require). */
const need = (action: string) => [{ action, subject: null }];

/** The menu link shows for a role holding any read action of the plugin. */
export const MENU_PERMISSIONS = [...need(CAN.readUsers), ...need(CAN.readOrders), ...need(CAN.readReports)];

/** What the 积分管理 page may show to the logged-in admin. */
export function usePagePermissions() {
  const { isLoading, held } = useHeldActions({
    canReadUsers: CAN.readUsers,
    canAdjust: CAN.adjust,
    canReadOrders: CAN.readOrders,
    canUpdateOrders: CAN.updateOrders,
    canReadReports: CAN.readReports,
  });
  return { isLoading, allowed: held };
}
