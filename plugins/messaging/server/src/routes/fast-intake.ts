import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { BodyTooLarge, fastRoutes, readRawBody } from '@wedraw/kit';

/** Same limit as the CMS body parser's `jsonLimit` (config/middlewares.ts). */
const BODY_LIMIT = 1024 * 1024;
const UNPARSED = Symbol.for('unparsedBody');
const ROUTES: Array<{ pattern: RegExp; action: 'send' | 'batch' }> = [
  { pattern: /^\/api\/messaging\/messages\/?$/, action: 'send' },
  { pattern: /^\/api\/messaging\/messages\/batch\/?$/, action: 'batch' },
];

type Middleware = (ctx: Context, next: () => Promise<void>) => Promise<void>;

/** A CMS middleware by name, built the way Strapi builds it (null when this CMS has none). */
function middleware(strapi: Core.Strapi, name: string): Middleware | null {
  const factory = (strapi.get('middlewares') as { get(name: string): unknown }).get(name);
  return typeof factory === 'function' ? (factory as (config: unknown, opts: { strapi: Core.Strapi }) => Middleware)({}, { strapi }) : null;
}

/**
 * The integrator's sends (`POST /messages`, `POST /messages/batch`) answered ahead of Strapi's
 * middleware stack (the platform's fast routes): they authenticate by tenant key in the controller
 * and need nothing of that stack (session, admin guards, operation recording, CORS) but the body
 * and the error envelope, which are done here the same way — JSON body within 1 MB, its exact bytes
 * kept for the signature, errors through `strapi::errors` and the 503 of `global::backend-unavailable`.
 * Still counted against the per-IP content-API limit. The same routes stay declared in
 * routes/index.ts (OpenAPI, fallback when the platform has no fast routes).
 */
export function registerFastIntake(strapi: Core.Strapi): void {
  const routes = fastRoutes(strapi);
  if (!routes) return;
  const errorsMw = middleware(strapi, 'strapi::errors');
  const unavailableMw = middleware(strapi, 'global::backend-unavailable');
  if (!errorsMw) return;
  const controller = () => strapi.plugin('messaging').controller('integrator') as Record<'send' | 'batch', (ctx: Context) => Promise<void>>;

  const run = (action: 'send' | 'batch') => async (ctx: Context) => {
    const handle = async () => {
      let raw: string;
      try {
        raw = await readRawBody(ctx as unknown as Parameters<typeof readRawBody>[0], BODY_LIMIT);
      } catch (err) {
        if (err instanceof BodyTooLarge) throw new errors.PayloadTooLargeError('请求体超过 1 MB');
        throw err;
      }
      let body: Record<string | symbol, unknown> = {};
      if (raw && ctx.is('json')) {
        try {
          body = JSON.parse(raw) as Record<string | symbol, unknown>;
        } catch {
          throw new errors.ValidationError('请求体不是合法的 JSON');
        }
        if (body === null || typeof body !== 'object') throw new errors.ValidationError('请求体必须是 JSON 对象');
        body[UNPARSED] = raw;
      }
      (ctx.request as unknown as { body: unknown }).body = body;
      await controller()[action](ctx);
    };
    await errorsMw(ctx, unavailableMw ? () => unavailableMw(ctx, handle) : handle);
  };

  for (const r of ROUTES) routes.add({ method: 'POST', pattern: r.pattern, handler: run(r.action) });
}
