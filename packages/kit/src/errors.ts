import { errors } from '@strapi/utils';

/** One offending field of a request: its path (`items.0.qty`) and a Chinese message. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * 400 `ValidationError` (Strapi's envelope): the message names every offending field
 * (`参数错误：quantity：至少为 1`) and `details.errors` holds `{path, field, message}` per field.
 */
export function validationError(problems: FieldProblem[]): Error {
  const summary = problems.map((p) => `${p.field}：${p.message}`).join('；');
  return new errors.ValidationError(`参数错误：${summary}`, {
    errors: problems.map((p) => ({ path: p.field.split('.'), field: p.field, message: p.message })),
  });
}

/** 400 `ValidationError` for one field. */
export const fieldError = (field: string, message: string): Error => validationError([{ field, message }]);

/** 404 `NotFoundError`, with details for the client when there are any. */
export function notFound(message = '记录不存在', details?: Record<string, unknown>): Error {
  return new errors.NotFoundError(message, details);
}

/**
 * A business rule said no: 409 with a stable machine-readable `name` and a Chinese message,
 * `details` for the client (API conventions: nothing was written). Strapi's error middleware
 * formats it into `{data: null, error: {status, name, message, details}}` like any HTTP error.
 */
export class BusinessError extends Error {
  readonly status = 409;
  readonly statusCode = 409;
  readonly expose = true;
  readonly details: Record<string, unknown>;

  constructor(name: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = name;
    this.details = details;
  }
}
// Strapi formats instances of its HttpError (http-errors) as they are, without logging a stack.
Object.setPrototypeOf(BusinessError.prototype, errors.HttpError.prototype);

export function businessError(name: string, message: string, details: Record<string, unknown> = {}): BusinessError {
  return new BusinessError(name, message, details);
}

/** True for a business error, of the given name when one is passed. */
export function isBusinessError(err: unknown, name?: string): err is BusinessError {
  return err instanceof BusinessError && (name === undefined || err.name === name);
}

/** 503 `Unavailable`: a backend (database, Redis, queue) is down; nothing was written, try again later. */
export class UnavailableError extends Error {
  readonly status = 503;
  readonly statusCode = 503;
  readonly expose = true;
  readonly details: Record<string, unknown> = {};

  constructor(message = '服务暂不可用，请稍后重试') {
    super(message);
    this.name = 'Unavailable';
  }
}
Object.setPrototypeOf(UnavailableError.prototype, errors.HttpError.prototype);

export const unavailable = (message?: string): UnavailableError => new UnavailableError(message);
