import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { checkHealth, withDeadline } from './health';
import { httpDuration, queueDepth, registry, routeGroup } from './metrics';
import { requestContext, requestIdOf } from './request-context';
import { tooManyRequestsBody, type LimitResult } from './rate-limits';
import type { FastMatch } from './fast-routes';
import type { Platform } from './index';

export const HOME_PATH = '/api/mall/home';

export interface FastPathOptions {
  metricsToken?: string;
  /** Queues whose depth /metrics reports. */
  queues: () => string[];
}

/**
 * The first Koa middleware, in front of Strapi's whole stack: request metrics, the per-IP rate
 * limit of the content API, /health, /metrics, the pre-serialized mall home served straight from
 * memory (the cached home must reach a large share of a bare Koa server's throughput), and the
 * plugins' fast routes (src/platform/fast-routes.ts).
 */
export function createFastPath(strapi: Core.Strapi, platform: Platform, options: FastPathOptions) {
  const home = () => platform.cacheBus.get('home');

  return async function fastPath(ctx: Context, next: Next): Promise<void> {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(ctx.get('X-Request-Id') || undefined);
    ctx.set('X-Request-Id', requestId);
    try {
      // Log lines written while this request runs carry its id (config/logger.ts, LOG_FORMAT=json).
      await requestContext.run({ requestId }, () => handle(ctx, next));
    } finally {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      httpDuration.observe({ method: ctx.method, route: routeGroup(ctx.path), status: String(ctx.status) }, seconds);
    }
  };

  // Not async: the cached home is answered without a single await when its snapshot is in memory.
  function handle(ctx: Context, next: Next): Promise<void> | void {
    const path = ctx.path;
    if (path === '/health' && ctx.method === 'GET') return health(ctx);
    if (path === '/metrics' && ctx.method === 'GET') return metrics(ctx);
    const fast = platform.fastRoutes.match(ctx.method, path);
    if (fast && fast.route.rateLimited === false) return fastRoute(ctx, fast);
    if (path.startsWith('/api/') || path === '/graphql') {
      const verdict = platform.rateLimits.consumeIp(ctx.ip);
      return verdict instanceof Promise ? verdict.then((v) => contentApi(ctx, next, v, fast)) : contentApi(ctx, next, verdict, fast);
    }
    return next();
  }

  function contentApi(ctx: Context, next: Next, verdict: LimitResult, fast: FastMatch | null): Promise<void> | void {
    if (!verdict.allowed) {
      ctx.status = 429;
      ctx.set('Retry-After', String(verdict.retryAfterSeconds));
      ctx.body = tooManyRequestsBody(verdict.retryAfterSeconds);
      return;
    }
    if (fast) return fastRoute(ctx, fast);
    if (ctx.path === HOME_PATH && (ctx.method === 'GET' || ctx.method === 'HEAD')) {
      const cache = home();
      const snapshot = cache?.peek();
      if (snapshot) return serveSnapshot(ctx, snapshot);
      if (cache) return cache.get().then((built) => serveSnapshot(ctx, built));
    }
    return next();
  }

  /** Strapi's error middleware is not in front of a fast route: an unexpected error is a logged 500 here. */
  async function fastRoute(ctx: Context, { route, params }: FastMatch): Promise<void> {
    try {
      await route.handler(ctx, params);
    } catch (err) {
      strapi.log.error(`[wedraw] ${ctx.method} ${ctx.path} failed: ${(err as Error).stack ?? err}`);
      ctx.status = 500;
      ctx.body = { data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error', details: {} } };
    }
  }

  function serveSnapshot(ctx: Context, snapshot: { body: Buffer; etag: string }) {
    ctx.set('ETag', snapshot.etag);
    ctx.set('Cache-Control', 'public, max-age=0, must-revalidate');
    ctx.set('Access-Control-Allow-Origin', '*');
    if (ctx.get('If-None-Match') === snapshot.etag) {
      ctx.status = 304;
      return;
    }
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = snapshot.body;
  }

  async function health(ctx: Context) {
    const report = await checkHealth(strapi, platform);
    ctx.status = report.status === 'ok' ? 200 : 503;
    ctx.body = report;
  }

  async function metrics(ctx: Context) {
    if (options.metricsToken && ctx.get('Authorization') !== `Bearer ${options.metricsToken}`) {
      ctx.status = 401;
      ctx.body = { data: null, error: { status: 401, name: 'UnauthorizedError', message: '需要监控令牌', details: {} } };
      return;
    }
    await Promise.all(
      options.queues().map(async (queue) => {
        const counts = await withDeadline(platform.queue.counts(queue), 1000).catch(() => null);
        if (!counts) return;
        for (const [state, n] of Object.entries(counts)) queueDepth.set({ queue, state }, n);
      }),
    );
    ctx.type = registry.contentType;
    ctx.body = await registry.metrics();
  }
}
