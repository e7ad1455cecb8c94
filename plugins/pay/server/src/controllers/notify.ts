import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { BodyTooLarge, readRawBody, type RawBodyContext } from '@wedraw/kit';
import { NotifyRejected } from '../lib/errors';
import { services } from '../lib/services';
import type { NotifyKind } from '../services/notifications';

const UNPARSED = Symbol.for('unparsedBody');

/** A notification is a few hundred bytes; anything far larger is not WeChat Pay. */
const NOTIFY_BODY_LIMIT = 64 * 1024;

/**
 * The exact bytes WeChat Pay sent: the signature covers them, never a re-serialised object. Through
 * Strapi's stack the body parser kept them; on the fast route (routes/fast-notify.ts) they are read here.
 */
async function rawBody(ctx: Context): Promise<string> {
  const body = ctx.request.body as Record<symbol, unknown> | string | undefined;
  if (typeof body === 'string') return body;
  if (body && typeof body === 'object' && UNPARSED in body) {
    const raw = body[UNPARSED];
    return typeof raw === 'string' ? raw : Buffer.isBuffer(raw) ? raw.toString('utf8') : '';
  }
  return readRawBody(ctx as unknown as RawBodyContext, NOTIFY_BODY_LIMIT);
}

function reject(ctx: Context, status: number, name: string, message: string) {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details: {} }, code: 'FAIL', message };
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
      ctx.status = await services(strapi).notifications.handle(kind, String(ctx.params.mchId), headers, await rawBody(ctx));
      ctx.body = null;
    } catch (err) {
      if (err instanceof BodyTooLarge) return reject(ctx, 413, 'PayloadTooLarge', '通知内容过大');
      if (!(err instanceof NotifyRejected)) throw err;
      reject(ctx, err.status, err.errorName, err.message);
    }
  }
  return {
    payment: (ctx: Context) => receive(ctx, 'transaction'),
    refund: (ctx: Context) => receive(ctx, 'refund'),
  };
};
