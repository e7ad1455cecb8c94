import adjustment from './adjustment';
import adminOrders from './admin-orders';
import adminReports from './admin-reports';
import adminUsers from './admin-users';
import checkin from './checkin';
import exchange from './exchange';
import me from './me';

export default { adjustment, 'admin-orders': adminOrders, 'admin-reports': adminReports, 'admin-users': adminUsers, checkin, exchange, me };
