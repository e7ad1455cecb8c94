import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { fieldError } from '@wedraw/kit';
import { auditConfig } from '../config';
import { passwordProblem } from '../lib/password-policy';

/**
 * Route middleware of Strapi's admin routes that set a password (register, reset, a user's own
 * profile, an administrator editing a user): a weak password is a 400 naming `password`.
 */
export function passwordPolicy(strapi: Core.Strapi) {
  return async (ctx: Context, next: Next) => {
    const body = (ctx.request as unknown as { body?: Record<string, unknown> }).body;
    const nested = body?.userInfo as Record<string, unknown> | undefined;
    const password = body?.password ?? nested?.password;
    if (typeof password === 'string') {
      const { passwordMinLength, passwordClasses } = auditConfig(strapi);
      const problem = passwordProblem(password, { minLength: passwordMinLength, classes: passwordClasses });
      if (problem) throw fieldError('password', problem);
    }
    return next();
  };
}
