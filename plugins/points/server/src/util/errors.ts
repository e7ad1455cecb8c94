import createError from 'http-errors';
import { errors } from '@strapi/utils';

/** A business rule said no: 409 with a stable `error.name` and a Chinese message (API.md). */
export function businessError(name: string, message: string, details: Record<string, unknown> = {}): Error {
  return createError(409, message, { name, details });
}

export function notFound(message = '记录不存在'): Error {
  return new errors.NotFoundError(message);
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** 400 ValidationError whose message and `details.errors` name every offending field. */
export function invalid(problems: FieldProblem[]): Error {
  const summary = problems.map((p) => `${p.field}：${p.message}`).join('；');
  return new errors.ValidationError(`参数错误：${summary}`, { errors: problems.map((p) => ({ path: p.field.split('.'), ...p })) });
}

export const fieldError = (field: string, message: string): Error => invalid([{ field, message }]);

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
