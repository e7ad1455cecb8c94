import type { WritableComputedRef } from 'vue';
import type { ApiError } from '@wedraw/contract';

export const TOKEN_COOKIE = 'wedraw_token';

/** The CMS base: the server-side one during SSR (when set), the public one in the browser. */
export function apiBase(): string {
  const config = useRuntimeConfig();
  const server = import.meta.server ? (config.apiBaseServer as string) : '';
  return (server || config.public.apiBase).replace(/\/+$/, '');
}

/**
 * A cookie shared by every caller of this render or tab: one state per name, written through to
 * the cookie at once, so a page opened right after login already sends the new value.
 */
export function useCookieState<T>(name: string) {
  const cookie = useCookie<T | null>(name, { maxAge: 7 * 24 * 3600, sameSite: 'lax', default: () => null });
  const state = useState<T | null>(`cookie:${name}`, () => cookie.value ?? null);
  return computed<T | null>({
    get: () => state.value,
    set: (value) => {
      state.value = value;
      cookie.value = value;
    },
  });
}

/** The JWT kept in a cookie, so server renders and the browser both see it. */
export function useToken() {
  return useCookieState<string>(TOKEN_COOKIE);
}

/**
 * A fetch bound to the CMS, sending a JWT when there is one: the mall visitor's by default, or another
 * session's (the employees' WeCom H5 passes its own cookie and login page).
 */
export function useApi(session: { token?: WritableComputedRef<string | null>; loginPath?: string } = {}) {
  const token = session.token ?? useToken();
  const loginPath = session.loginPath ?? '/login';
  return $fetch.create({
    baseURL: apiBase(),
    onRequest({ options }) {
      if (token.value) options.headers.set('Authorization', `Bearer ${token.value}`);
    },
    onResponseError({ response }) {
      // An expired or revoked JWT: forget it and log in again, coming back to this page.
      if (response.status === 401 && token.value && import.meta.client) {
        token.value = null;
        void navigateTo({ path: loginPath, query: { to: useRoute().fullPath } });
      }
    },
  });
}

/** Any thrown fetch error as {status, name, message}, the message in Chinese for the visitor. */
export function toApiError(err: unknown): ApiError {
  const e = err as { statusCode?: number; status?: number; data?: { error?: Partial<ApiError> } } | null;
  const status = e?.statusCode ?? e?.status ?? e?.data?.error?.status ?? 0;
  const body = e?.data?.error;
  if (body?.message) return { status, name: body.name ?? 'Error', message: body.message };
  if (status === 0) return { status, name: 'NetworkError', message: '网络异常，请稍后重试' };
  if (status === 401) return { status, name: 'Unauthorized', message: '请先登录' };
  if (status === 404) return { status, name: 'NotFound', message: '内容不存在或已下架' };
  return { status, name: 'Error', message: '服务繁忙，请稍后重试' };
}
