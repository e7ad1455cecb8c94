import createError from 'http-errors';

/** A business rule of template messages said no: 409 with a stable `error.name` and a Chinese message. */
export function templateConflict(name: string, message: string, details: Record<string, unknown> = {}): Error {
  return createError(409, message, { name, details });
}

/** WeChat errcodes of a template send that a retry may fix (system busy, quota/frequency); everything else is final. */
export const RETRYABLE_SEND_ERRCODES = new Set([-1, 45009, 45011]);
