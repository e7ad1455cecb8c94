import type { Core } from '@strapi/strapi';
import { isUnavailable, unavailable } from '@wedraw/kit';

/**
 * Global middleware, right inside `strapi::errors`: a request that failed because the database or
 * Redis did not answer (connection refused or lost, pool timeout) is answered 503 `Unavailable`
 * with a Chinese message, not 500 — it can be tried again, and nothing half-done is reported as
 * a bug. Errors the code already answered (HTTP errors) pass through as they are.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: { method: string; path: string }, next: () => Promise<void>) => {
    try {
      await next();
    } catch (err) {
      if ((err as { expose?: boolean }).expose || !isUnavailable(err)) throw err;
      strapi.log.warn(`[wedraw] ${ctx.method} ${ctx.path}: backend unavailable (${(err as Error).message})`);
      throw unavailable();
    }
  };
