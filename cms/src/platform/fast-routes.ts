import type { FastRouteDef } from '@wedraw/kit';
import type { Context } from 'koa';

/**
 * Routes answered by the fast path, ahead of Strapi's middleware stack (no session, CORS, body
 * parser, router): for machine-to-machine endpoints whose callers need speed and nothing of that
 * stack, like WeChat's message push. The same route stays declared in Strapi (OpenAPI, fallback).
 * The shape is the kit's, which plugins register through; here the handler gets Koa's context.
 */
export type FastRoute = FastRouteDef<Context>;

export interface FastMatch {
  route: FastRoute;
  params: string[];
}

export class FastRoutes {
  private readonly routes: FastRoute[] = [];

  add(route: FastRoute): void {
    this.routes.push(route);
  }

  match(method: string, path: string): FastMatch | null {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(path);
      if (m) return { route, params: m.slice(1).map((p) => decodeURIComponent(p)) };
    }
    return null;
  }
}
