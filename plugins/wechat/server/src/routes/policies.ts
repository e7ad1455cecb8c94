import { adminActions } from '@wedraw/kit';

/** Admin route policies: an authenticated admin holding the plugin's RBAC action. */
export const { can } = adminActions('wechat');
