import { clearToken, ensureLogin, login, token } from './auth';
import { isOk, send, toApiError, type HttpResult, type Method } from './http';
import type { ApiError } from './types';

export interface RequestOptions {
  method?: Method;
  data?: unknown;
  /** The route needs the user: log in first, and once more on a 401. */
  auth?: boolean;
  /** Do not show the error toast (the caller shows it its own way). */
  silent?: boolean;
}

function showError(error: ApiError): void {
  wx.showToast({ title: error.message, icon: 'none', duration: 2500 });
}

async function authorized(method: Method, path: string, data: unknown): Promise<HttpResult> {
  await ensureLogin();
  const res = await send(method, path, data, { Authorization: `Bearer ${token()}` });
  if (res.statusCode !== 401) return res;
  clearToken();
  const jwt = await login();
  return send(method, path, data, { Authorization: `Bearer ${jwt}` });
}

/** Calls the CMS; resolves with the JSON body, rejects with an ApiError after showing its message. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  try {
    const res = options.auth ? await authorized(method, path, options.data) : await send(method, path, options.data, {});
    if (isOk(res)) return res.data as T;
    throw toApiError(res);
  } catch (err) {
    const error = err as ApiError;
    if (!options.silent) showError(error);
    throw error;
  }
}

/** A key that makes a retried POST (double tap, flaky network) write once. */
export function idempotencyKey(): string {
  return `mp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
