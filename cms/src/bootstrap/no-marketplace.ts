import type { Core } from '@strapi/strapi';

export const MARKETPLACE_ACTION = 'admin::marketplace.read';

/**
 * WeDraw's plugins are installed from code, never from Strapi's marketplace, and an operator takes
 * its shopping-cart icon for the mall. The admin shows that menu entry (and the installed-plugins
 * page) to whoever holds `admin::marketplace.read`; the action is withdrawn as soon as Strapi
 * registers it, before the admin's bootstrap resets the super admin's permissions and deletes
 * those of actions that no longer exist, so no role holds it.
 */
export function withdrawMarketplace(strapi: Core.Strapi): void {
  const actions = (strapi.service('admin::permission') as any).actionProvider;
  actions.hooks.didRegister.register(async ({ key }: { key: string }) => {
    if (key === MARKETPLACE_ACTION) await actions.delete(key);
  });
}
