import type { Context, Next } from 'koa';
import { withMaskedPhones } from '../lib/phone';

export const VIEW_FULL_PHONE = 'plugin::audit.phone.view-full';

type Ability = { can(action: string, subject?: unknown): boolean };

/**
 * App-level middleware: an admin answer (any admin route: content manager, plugins) has its phone
 * numbers masked unless the admin's role holds 查看完整手机号 (the super admin holds every action).
 */
export function phoneMasking() {
  return async (ctx: Context, next: Next) => {
    await next();
    if (
      ctx.path.startsWith('/api/') ||
      !ctx.body ||
      typeof ctx.body !== 'object' ||
      Buffer.isBuffer(ctx.body) ||
      typeof (ctx.body as { pipe?: unknown }).pipe === 'function'
    )
      return;
    const state = ctx.state as { auth?: { strategy?: { name?: string } }; userAbility?: Ability };
    if (state.auth?.strategy?.name !== 'admin' || !state.userAbility) return;
    if (state.userAbility.can(VIEW_FULL_PHONE)) return;
    ctx.body = withMaskedPhones(ctx.body);
  };
}
