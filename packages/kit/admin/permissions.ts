import { useAuth } from '@strapi/strapi/admin';

/**
 * Which of `actions` the logged-in admin holds, read from the permission list the admin loaded at
 * login. Loading until that list has arrived, so a page opened straight from its URL never decides
 * on an empty list (Strapi's useRBAC checks once, possibly before the list arrives, and then names
 * its answers after the action's last segment, which several actions of a plugin share).
 * Plugin actions carry no conditions, so holding the action is the whole answer.
 */
export function useHeldActions<K extends string>(actions: Record<K, string>): { isLoading: boolean; held: Record<K, boolean> } {
  const isLoading = useAuth('useHeldActions', (state) => state.isLoading);
  const permissions = useAuth('useHeldActions', (state) => state.permissions);
  const names = new Set((permissions ?? []).map((p) => p.action));
  const held = Object.fromEntries(Object.entries<string>(actions).map(([key, action]) => [key, names.has(action)])) as Record<K, boolean>;
  return { isLoading, held };
}
