import createError from 'http-errors';
import { errors } from '@strapi/utils';
import type { ZodError } from 'zod';

/** A business rule said no: 409 with a stable `error.name` and a Chinese message (API.md). */
export function businessError(name: string, message: string, details: Record<string, unknown> = {}): Error {
  return createError(409, message, { name, details });
}

export function notFound(message = '记录不存在'): Error {
  return new errors.NotFoundError(message);
}

/** 400 ValidationError naming one field. */
export function fieldError(field: string, message: string): Error {
  return new errors.ValidationError(`参数错误：${field}：${message}`, { errors: [{ path: [field], field, message }] });
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

function codes(err: unknown): string[] {
  const out: string[] = [];
  let e = err as { code?: unknown; errno?: unknown; cause?: unknown; message?: unknown } | undefined;
  for (let depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === 'string') out.push(e.code);
    if (typeof e.errno === 'number') out.push(String(e.errno));
    if (typeof e.message === 'string') out.push(e.message);
    e = e.cause as typeof e;
  }
  return out;
}

/** The database refused a duplicate in a UNIQUE index (MySQL/MariaDB or SQLite). */
export function isUniqueViolation(err: unknown): boolean {
  return codes(err).some((c) => c === 'ER_DUP_ENTRY' || c === '1062' || c.startsWith('SQLITE_CONSTRAINT_UNIQUE') || /UNIQUE constraint failed|Duplicate entry/i.test(c));
}

/** A transaction lost to another one and may simply be run again. */
export function isRetryable(err: unknown): boolean {
  return codes(err).some((c) => c === 'ER_LOCK_DEADLOCK' || c === '1213' || c === 'ER_LOCK_WAIT_TIMEOUT' || c === '1205' || c === 'SQLITE_BUSY' || /Deadlock found/i.test(c));
}
