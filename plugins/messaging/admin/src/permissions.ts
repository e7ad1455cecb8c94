import { useHeldActions } from '@wedraw/kit/admin';

const need = (uid: string) => [{ action: `plugin::messaging.${uid}`, subject: null }];
const action = (uid: string) => `plugin::messaging.${uid}`;

/** The menu link shows for a role holding any read action of the plugin. */
export const MENU_PERMISSIONS = ['channels.read', 'templates.read', 'notifications.read', 'messages.read', 'tenants.read'].flatMap(need);

/** What the 消息中心 page may show to the logged-in admin. */
export function usePagePermissions() {
  const { isLoading, held } = useHeldActions({
    channelsRead: action('channels.read'),
    channelsUpdate: action('channels.update'),
    templatesRead: action('templates.read'),
    templatesUpdate: action('templates.update'),
    notificationsRead: action('notifications.read'),
    notificationsUpdate: action('notifications.update'),
    messagesRead: action('messages.read'),
    messagesSend: action('messages.send'),
    tenantsRead: action('tenants.read'),
    tenantsUpdate: action('tenants.update'),
  });
  return { isLoading, allowed: held };
}
