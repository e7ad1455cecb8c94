/**
 * The full action names the points admin routes and admin pages check. Dependency-free: the admin
 * bundle imports it, and the kit's CommonJS build must not reach the browser bundle.
 */
export const CAN = {
  readUsers: 'plugin::points.users.read',
  adjust: 'plugin::points.users.adjust',
  readOrders: 'plugin::points.orders.read',
  updateOrders: 'plugin::points.orders.update',
  readReports: 'plugin::points.reports.read',
} as const;
