import type { Core } from '@strapi/strapi';
import type { RouteDoc } from '@wedraw/kit';

/** A content-API route as served under /api, with its documentation when it has one. */
export interface ContentRoute {
  method: string;
  /** OpenAPI form, without /api: `/points/exchanges/{orderNo}`. */
  path: string;
  /** The API or plugin the route belongs to (the operation's tag). */
  owner: string;
  /** `controller.action`, or a function's name. */
  handler: string;
  doc?: RouteDoc;
}

interface RawRoute {
  method: string;
  handler?: unknown;
  path: string;
  config?: { prefix?: string };
  info?: { type?: string };
  openapi?: RouteDoc;
}

type Routers = RawRoute[] | Record<string, { type?: string; prefix?: string; routes: RawRoute[] }>;

/** Strapi's `/goods/:documentId` and `/connect/(.*)` as OpenAPI paths (`{documentId}`, `{path}`). */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}').replace(/\(\.\*\)$/, '{path}');
}

function isContentApi(route: RawRoute, routerType?: string): boolean {
  return (route.info?.type ?? routerType ?? 'content-api') === 'content-api';
}

/**
 * Every content-API route of every API (cms/src/api/*) and every plugin, whatever plugin is
 * installed: a plugin's routes get documented the moment it is enabled. Paths are composed the way
 * Strapi mounts them (a plugin's router prefix, or the route's own `config.prefix`).
 */
export function contentRoutes(strapi: Core.Strapi): ContentRoute[] {
  const out: ContentRoute[] = [];
  for (const [name, api] of Object.entries(strapi.apis)) {
    for (const router of Object.values(api.routes as Record<string, { routes: RawRoute[] }>)) {
      for (const route of router.routes) if (isContentApi(route)) out.push(toContentRoute(route, route.path, name));
    }
  }
  for (const [name, plugin] of Object.entries(strapi.plugins)) {
    const routes = plugin.routes as unknown as Routers;
    const routers = Array.isArray(routes) ? [{ type: 'admin', prefix: `/${name}`, routes }] : Object.values(routes);
    for (const router of routers) {
      for (const route of router.routes) {
        if (!isContentApi(route, router.type)) continue;
        const own = route.config != null && Object.prototype.hasOwnProperty.call(route.config, 'prefix');
        const prefix = own ? (route.config?.prefix ?? '') : (router.prefix ?? `/${name}`);
        out.push(toContentRoute(route, `${prefix}${route.path}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1'), name));
      }
    }
  }
  return out;
}

function toContentRoute(route: RawRoute, path: string, owner: string): ContentRoute {
  const handler = typeof route.handler === 'string' ? route.handler : 'function';
  return { method: route.method.toLowerCase(), path: openApiPath(path), owner, handler, doc: route.openapi };
}
