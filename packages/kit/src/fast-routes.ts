/**
 * A plugin's machine-to-machine endpoints answered on the platform's fast path, ahead of Strapi's
 * middleware stack (no session, CORS, body parser, router): WeChat's, WeCom's and WeChat Pay's
 * pushes, a load balancer's probe. The same routes stay declared in the plugin's routes (OpenAPI,
 * and the fallback on a CMS without fast routes).
 *
 *     addFastRoutes(strapi, { plugin: 'wechat', controller: 'callback', rateLimited: false }, [
 *       { method: 'POST', pattern: /^\/api\/wechat\/callback\/([^/]+)\/?$/, action: 'receive', params: ['appId'] },
 *     ]);
 */

/** What a fast route's handler gets: the Koa context (typed loosely: the kit does not depend on Koa). */
export interface FastContext {
  params?: Record<string, string>;
}

export interface FastRouteDef<C = FastContext> {
  method: 'GET' | 'POST';
  /** Matched against the path; capture groups become `params`. */
  pattern: RegExp;
  handler: (ctx: C, params: string[]) => Promise<void>;
  /** Counted against the per-IP content-API limit (default true). */
  rateLimited?: boolean;
}

export interface FastRouteHost {
  service(uid: string): unknown;
  plugin(name: string): { controller(name: string): unknown } | undefined;
}

/** The platform's fast routes, or null on a CMS without them. */
export function fastRoutes(strapi: FastRouteHost): { add(route: FastRouteDef<never>): void } | null {
  return (strapi.service('api::platform.fast-routes') as { add(route: FastRouteDef<never>): void } | undefined) ?? null;
}

export interface FastAction {
  method: 'GET' | 'POST';
  pattern: RegExp;
  /** The controller action that answers. */
  action: string;
  /** Names of the pattern's capture groups, in order: set as `ctx.params`. */
  params?: string[];
}

/** Controller actions of one plugin on the fast path. Returns false when the CMS has no fast routes. */
export function addFastRoutes(strapi: FastRouteHost, target: { plugin: string; controller: string; rateLimited?: boolean }, actions: FastAction[]): boolean {
  const routes = fastRoutes(strapi);
  if (!routes) return false;
  const controller = () => strapi.plugin(target.plugin)?.controller(target.controller) as Record<string, (ctx: FastContext) => Promise<void>>;
  for (const a of actions)
    routes.add({
      method: a.method,
      pattern: a.pattern,
      rateLimited: target.rateLimited ?? true,
      handler: async (ctx: FastContext, values: string[]) => {
        if (a.params) ctx.params = Object.fromEntries(a.params.map((name, i) => [name, values[i] ?? '']));
        await controller()[a.action]!(ctx);
      },
    });
  return true;
}
