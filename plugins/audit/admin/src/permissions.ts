import { useHeldActions } from '@wedraw/kit/admin';

const need = (uid: string) => [{ action: `plugin::audit.${uid}`, subject: null }];
const action = (uid: string) => `plugin::audit.${uid}`;

/** The menu link shows for a role holding any read action of the plugin. */
export const MENU_PERMISSIONS = ['login-logs.read', 'operation-logs.read', 'sessions.read', 'settings.read'].flatMap(need);

/** What the 安全审计 page may show to the logged-in admin. */
export function usePagePermissions() {
  const { isLoading, held } = useHeldActions({
    loginLogs: action('login-logs.read'),
    operationLogs: action('operation-logs.read'),
    exportLogs: action('logs.export'),
    sessionsRead: action('sessions.read'),
    sessionsRevoke: action('sessions.revoke'),
    settingsRead: action('settings.read'),
    settingsUpdate: action('settings.update'),
  });
  return { isLoading, allowed: held };
}
