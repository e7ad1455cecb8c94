import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { operatorOf } from '@wedraw/kit';
import { services } from '../lib/services';
import { LOGIN_LOG } from '../services/log-writer';

/** Route middleware of `POST /admin/logout`: one login log line with result `logout`. */
export function logoutRecorder(strapi: Core.Strapi) {
  return async (ctx: Context, next: Next) => {
    await next();
    const op = operatorOf(ctx as never);
    services(strapi).logWriter.push(LOGIN_LOG, {
      adminId: op?.id ?? null,
      email: (op?.name ?? '').slice(0, 191),
      ip: ctx.request.ip,
      userAgent: String(ctx.get('user-agent')).slice(0, 512),
      result: 'logout',
      reason: null,
      at: new Date(),
    });
  };
}
