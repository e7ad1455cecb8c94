import { AsyncLocalStorage } from 'async_hooks';
import { randomUUID } from 'crypto';

/** The request a log line belongs to: set by the fast path for every HTTP request. */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** The caller's `X-Request-Id` when it is sane, else a new one. */
export function requestIdOf(header: string | undefined): string {
  return header && /^[A-Za-z0-9._:-]{1,128}$/.test(header) ? header : randomUUID();
}

export const currentRequestId = () => requestContext.getStore()?.requestId;
