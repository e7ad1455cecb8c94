import { useHeldActions } from '@wedraw/kit/admin';

const need = (uid: string) => [{ action: `plugin::ops.${uid}`, subject: null }];
const action = (uid: string) => `plugin::ops.${uid}`;

/** The menu link shows for a role holding any read action of the plugin. */
export const MENU_PERMISSIONS = ['overview.read', 'rules.read', 'alerts.read', 'silences.read', 'targets.read', 'reports.read'].flatMap(need);

/** What the 运维监控 page may show to the logged-in admin. */
export function usePagePermissions() {
  const { isLoading, held } = useHeldActions({
    overview: action('overview.read'),
    rulesRead: action('rules.read'),
    rulesUpdate: action('rules.update'),
    alerts: action('alerts.read'),
    silencesRead: action('silences.read'),
    silencesUpdate: action('silences.update'),
    targetsRead: action('targets.read'),
    targetsUpdate: action('targets.update'),
    reportsRead: action('reports.read'),
    reportsGenerate: action('reports.generate'),
  });
  return { isLoading, allowed: held };
}
