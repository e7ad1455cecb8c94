import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { errors } from '@strapi/utils';
import { businessError } from '@wedraw/kit';
import { services } from '../lib/services';
import { LOGIN_LOG } from '../services/log-writer';

type LoginBody = { email?: unknown; captchaId?: unknown; captcha?: unknown };

const lockedMessage = (seconds: number) => `登录失败次数过多，账号已锁定，请 ${Math.max(1, Math.ceil(seconds / 60))} 分钟后再试`;

/**
 * Route middleware of `POST /admin/login` (added to Strapi's own route in register): refuses a
 * locked account and a missing or wrong captcha before Strapi checks the password, counts the
 * outcome, and logs every attempt.
 */
export function loginProtection(strapi: Core.Strapi) {
  return async (ctx: Context, next: Next) => {
    const body = ((ctx.request as unknown as { body?: LoginBody }).body ?? {}) as LoginBody;
    const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
    const captchaId = typeof body.captchaId === 'string' ? body.captchaId : '';
    const captcha = typeof body.captcha === 'string' ? body.captcha : '';
    delete body.captchaId;
    delete body.captcha;
    const ip = ctx.request.ip;
    const s = services(strapi);
    const log = (result: string, reason: string | null, adminId: number | null = null) =>
      s.logWriter.push(LOGIN_LOG, {
        adminId,
        email: email.slice(0, 191),
        ip,
        userAgent: String(ctx.get('user-agent')).slice(0, 512),
        result,
        reason,
        at: new Date(),
      });

    const state = await s.loginGuard.state(email, ip);
    if (state.lockedForS > 0) {
      log('locked', '账号已锁定');
      throw businessError('AccountLocked', lockedMessage(state.lockedForS), { retryAfterSeconds: state.lockedForS });
    }
    if (state.captchaRequired) {
      if (!captchaId || !captcha) {
        log('captcha', '缺少验证码');
        throw businessError('CaptchaRequired', '登录失败次数较多，请输入图形验证码', { captchaRequired: true });
      }
      if (!(await s.captcha.verify(captchaId, captcha))) {
        log('captcha', '验证码错误');
        throw businessError('CaptchaInvalid', '验证码错误或已过期，请重新输入', { captchaRequired: true });
      }
    }

    try {
      await next();
    } catch (err) {
      // Strapi throws its ValidationError for wrong credentials: the error middleware formats it.
      const error = err as { name?: string; message?: string; status?: number; details?: Record<string, unknown> };
      // Strapi's ApplicationError (wrong credentials) carries no status: its error middleware answers 400.
      const applicationError = err instanceof errors.ApplicationError || error.name === 'ApplicationError' || error.name === 'ValidationError';
      await failed(error.status ?? (applicationError ? 400 : 500), error, error);
      throw err;
    }
    if (ctx.status >= 200 && ctx.status < 300) {
      await s.loginGuard.succeeded(email);
      const user = (ctx.body as { data?: { user?: { id?: number } } })?.data?.user;
      log('success', null, user?.id ?? null);
    } else {
      const answer = ctx.body as { error?: { message?: string; details?: Record<string, unknown> } } | undefined;
      await failed(ctx.status, answer?.error ?? {}, answer?.error);
    }

    async function failed(status: number, error: { message?: string }, carrier?: { details?: Record<string, unknown> }) {
      log('failure', String(error.message ?? '登录失败').slice(0, 255));
      // Wrong credentials (and an inactive user) answer 400; a throttled or broken request is not a guess.
      if (status !== 400 && status !== 401) return;
      const after = await s.loginGuard.failed(email, ip);
      if (after.lockedForS > 0) throw businessError('AccountLocked', lockedMessage(after.lockedForS), { retryAfterSeconds: after.lockedForS });
      // The login page learns it must show the captcha from the failure itself.
      if (after.captchaRequired && carrier) carrier.details = { ...(carrier.details ?? {}), captchaRequired: true };
    }
  };
}
