import type { Core } from '@strapi/strapi';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import { dropMaskedPhones } from './lib/phone';
import { services as pluginServices } from './lib/services';
import { loginProtection } from './middlewares/login-protection';
import { logoutRecorder } from './middlewares/logout-recorder';
import { operationRecorder } from './middlewares/operation-recorder';
import { passwordPolicy } from './middlewares/password-policy';
import { phoneMasking } from './middlewares/phone-masking';
import { ADMIN_ACTIONS } from './permissions';
import routes from './routes';
import services from './services';

export const AUDIT_QUEUE = 'audit';

type Route = { method: string; path: string; config?: { middlewares?: unknown[] } };

/** Strapi's own admin routes (`/admin/...`), as `strapi.admin` holds them before routing is set up. */
function adminRoutes(strapi: Core.Strapi): Route[] {
  const groups = (strapi.admin as unknown as { routes: Record<string, { routes?: Route[] }> | Route[] }).routes;
  return Array.isArray(groups) ? groups : Object.values(groups).flatMap((g) => g.routes ?? []);
}

/** Adds a route middleware ahead of Strapi's own on one admin route; refuses to start when the route moved. */
export function guardAdminRoute(strapi: Core.Strapi, method: string, path: string, middleware: unknown): void {
  const route = adminRoutes(strapi).find((r) => r.method === method && r.path === path);
  if (!route) throw new Error(`audit plugin: Strapi's admin route ${method} /admin${path} is gone; login protection cannot be installed`);
  route.config = { ...route.config, middlewares: [middleware, ...(route.config?.middlewares ?? [])] };
}

const PASSWORD_ROUTES: [string, string][] = [
  ['POST', '/register-admin'],
  ['POST', '/register'],
  ['POST', '/reset-password'],
  ['PUT', '/users/me'],
  ['PUT', '/users/:id'],
  ['POST', '/users'],
];

/** Server entry of 安全审计 (compiled to dist/server/src/index.js, which Strapi loads). */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    guardAdminRoute(strapi, 'POST', '/login', loginProtection(strapi));
    guardAdminRoute(strapi, 'POST', '/logout', logoutRecorder(strapi));
    for (const [method, path] of PASSWORD_ROUTES) guardAdminRoute(strapi, method, path, passwordPolicy(strapi));
    // App level, ahead of Strapi's stack: it sees each admin write's final status and duration.
    strapi.server.use(operationRecorder(strapi));
    strapi.server.use(phoneMasking());
    // A form read with masked phones and saved must not overwrite the stored numbers.
    strapi.documents.use(async (context, next) => {
      const data = (context.params as { data?: unknown } | undefined)?.data;
      if ((context.action === 'update' || context.action === 'create') && data && typeof data === 'object') dropMaskedPhones(data as Record<string, unknown>);
      return next();
    });
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
    pluginServices(strapi).logWriter.start();
    const queue = strapi.service('api::platform.queue');
    queue.define(AUDIT_QUEUE, async (job: { name: string }) => {
      if (job.name === 'cleanup') return pluginServices(strapi).logs.cleanup();
      throw new Error(`unknown audit job ${job.name}`);
    });
    // Daily at 03:30 Beijing time, once across all instances.
    queue.repeat(AUDIT_QUEUE, 'cleanup', 'cleanup', { pattern: '30 3 * * *', tz: 'Asia/Shanghai' }).catch(() => undefined);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await pluginServices(strapi).logWriter.stop();
  },
  config,
  contentTypes,
  controllers,
  routes,
  services,
  policies: {},
  middlewares: {},
};
