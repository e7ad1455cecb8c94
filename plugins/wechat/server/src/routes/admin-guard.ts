import type { Context, Next } from 'koa';

/**
 * The app content type is hidden from the content manager, but its generic admin routes would
 * still serve it (ciphertext included) to a super admin: refuse them; apps go through /wechat/apps.
 */
export function contentManagerGuard() {
  return async (ctx: Context, next: Next) => {
    if (ctx.path.startsWith('/content-manager/') && decodeURIComponent(ctx.path).includes('plugin::wechat.app')) {
      ctx.status = 404;
      ctx.body = { data: null, error: { status: 404, name: 'NotFound', message: 'Not Found', details: {} } };
      return;
    }
    await next();
  };
}
