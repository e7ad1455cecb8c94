import createError from 'http-errors';
import { errors } from '@strapi/utils';
import type { ZodError } from 'zod';

/**
 * A business rule said no: 409 with a stable machine-readable name and a Chinese message
 * (API.md conventions). Formatted by Strapi's own error middleware into its error envelope.
 */
export function businessError(name: string, message: string, details: Record<string, unknown> = {}): Error {
  return createError(409, message, { name, details });
}

export function notFound(message = '记录不存在'): Error {
  return new errors.NotFoundError(message);
}

/** 400 ValidationError whose message and details name every offending field. */
export function validationError(zodError: ZodError): Error {
  const fieldErrors = zodError.issues.map((issue) => ({
    path: issue.path.map(String),
    field: issue.path.join('.') || '(body)',
    message: issue.message,
  }));
  const summary = fieldErrors.map((e) => `${e.field}：${e.message}`).join('；');
  return new errors.ValidationError(`参数错误：${summary}`, { errors: fieldErrors });
}
