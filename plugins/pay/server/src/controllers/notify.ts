import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { NotifyRejected } from '../lib/errors';
import { services } from '../lib/services';
import type { NotifyKind } from '../services/notifications';

const UNPARSED = Symbol.for('unparsedBody');

/** The exact bytes WeChat Pay sent: the signature covers them, never a re-serialised object. */
function rawBody(ctx: Context): string {
  const body = ctx.request.body as Record<symbol, unknown> | string | undefined;
  if (typeof body === 'string') return body;
  const raw = body?.[UNPARSED];
  return typeof raw === 'string' ? raw : Buffer.isBuffer(raw) ? raw.toString('utf8') : '';
}

/** WeChat Pay's notifications (API.md): 204 once handled; 401/400 with `{code, message}` so that it retries. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function receive(ctx: Context, kind: NotifyKind) {
    const headers = {
      serial: ctx.get('wechatpay-serial') || undefined,
      timestamp: ctx.get('wechatpay-timestamp') || undefined,
      nonce: ctx.get('wechatpay-nonce') || undefined,
      signature: ctx.get('wechatpay-signature') || undefined,
    };
    try {
      ctx.status = await services(strapi).notifications.handle(kind, String(ctx.params.mchId), headers, rawBody(ctx));
      ctx.body = null;
    } catch (err) {
      if (!(err instanceof NotifyRejected)) throw err;
      ctx.status = err.status;
      ctx.body = { data: null, error: { status: err.status, name: err.errorName, message: err.message, details: {} }, code: 'FAIL', message: err.message };
    }
  }
  return {
    payment: (ctx: Context) => receive(ctx, 'transaction'),
    refund: (ctx: Context) => receive(ctx, 'refund'),
  };
};
