import type { Core } from '@strapi/strapi';

export const MARKETPLACE_ACTION = 'admin::marketplace.read';
export const CONTENT_TYPE_BUILDER_ACTION = 'plugin::content-type-builder.read';

/**
 * Admin actions no role gets, so their menu entries and routes are gone for everyone, the super
 * admin included:
 * - the marketplace (and the installed-plugins page): WeDraw's plugins come from code, and an
 *   operator takes the shopping-cart icon for the mall;
 * - the content-type builder, unless `admin.wedraw.contentTypeBuilder` (CONTENT_TYPE_BUILDER=true):
 *   the schemas live in code, and Strapi cannot disable this built-in plugin.
 * Each is withdrawn as soon as Strapi registers it, before the admin's bootstrap resets the super
 * admin's permissions and deletes those of actions that no longer exist.
 */
export function withdrawActions(strapi: Core.Strapi): void {
  const withdrawn = new Set([MARKETPLACE_ACTION]);
  if (!strapi.config.get('admin.wedraw.contentTypeBuilder', false)) withdrawn.add(CONTENT_TYPE_BUILDER_ACTION);
  const actions = (strapi.service('admin::permission') as any).actionProvider;
  actions.hooks.didRegister.register(async ({ key }: { key: string }) => {
    if (withdrawn.has(key)) await actions.delete(key);
  });
}
