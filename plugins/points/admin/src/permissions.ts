import { useRBAC } from '@strapi/strapi/admin';
import { CAN } from '../../server/src/permissions';

/** The RBAC checks of the admin pages (the same action names the admin routes require). */
const need = (action: string) => [{ action, subject: null }];

/** The menu link shows for a role holding any read action of the plugin. */
export const MENU_PERMISSIONS = [...need(CAN.readUsers), ...need(CAN.readOrders), ...need(CAN.readReports)];

/**
 * Whether the admin holds one action. One useRBAC call per action: useRBAC names its answers after
 * the action's last segment (`canRead`), which several points actions share.
 */
function useCan(action: string): { isLoading: boolean; allowed: boolean } {
  const { isLoading, allowedActions } = useRBAC(need(action));
  return { isLoading, allowed: Object.values(allowedActions).some(Boolean) };
}

/** What the 积分管理 page may show to the logged-in admin. */
export function usePagePermissions() {
  const checks = {
    canReadUsers: useCan(CAN.readUsers),
    canAdjust: useCan(CAN.adjust),
    canReadOrders: useCan(CAN.readOrders),
    canUpdateOrders: useCan(CAN.updateOrders),
    canReadReports: useCan(CAN.readReports),
  };
  const isLoading = Object.values(checks).some((c) => c.isLoading);
  const allowed = Object.fromEntries(Object.entries(checks).map(([name, c]) => [name, c.allowed])) as Record<keyof typeof checks, boolean>;
  return { isLoading, allowed };
}
