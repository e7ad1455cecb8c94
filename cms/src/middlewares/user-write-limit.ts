import type { Core } from '@strapi/strapi';
import { platform } from '../platform';
import { tooManyRequestsBody } from '../platform/rate-limits';

/**
 * Route middleware: at most RATE_LIMIT_USER_WRITES_PER_MINUTE writes per logged-in user (default 60).
 * Runs after authentication, so it keys on the user; attach it to write routes with
 * `config: { middlewares: ['global::user-write-limit'] }` (points, orders, addresses).
 */
export default (_config: unknown, _ctx: { strapi: Core.Strapi }) => async (ctx: any, next: () => Promise<void>) => {
  const userId = ctx.state?.user?.id;
  if (userId === undefined || ctx.method === 'GET') return next();
  const verdict = await platform().rateLimits.consumeUserWrite(userId);
  if (!verdict.allowed) {
    ctx.status = 429;
    ctx.set('Retry-After', String(verdict.retryAfterSeconds));
    ctx.body = tooManyRequestsBody(verdict.retryAfterSeconds);
    return;
  }
  return next();
};
