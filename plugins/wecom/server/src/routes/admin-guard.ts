import type { Context, Next } from 'koa';

/** The corp type is hidden from the content manager; refuse its generic admin routes too (ciphertext). */
export function contentManagerGuard() {
  return async (ctx: Context, next: Next) => {
    if (ctx.path.startsWith('/content-manager/') && decodeURIComponent(ctx.path).includes('plugin::wecom.corp')) {
      ctx.status = 404;
      ctx.body = { data: null, error: { status: 404, name: 'NotFound', message: 'Not Found', details: {} } };
      return;
    }
    await next();
  };
}
