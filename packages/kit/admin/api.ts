import { useCallback, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

/** The server's Chinese error message (the API's error envelope), else the transport error, else `fallback`. */
export function errorMessage(err: any, fallback = '请求失败'): string {
  return err?.response?.data?.error?.message ?? err?.message ?? fallback;
}

export interface Paged<T> {
  data: T;
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

/** Calls to a plugin's admin routes with a busy flag and a readable error. */
export function useApi() {
  const { get, post, put } = useFetchClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** The `data` of the server's `{ data, meta }` envelope. */
  const run = useCallback(async <T>(call: () => Promise<{ data: { data: T } }>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    try {
      return (await call()).data.data;
    } catch (err) {
      setError(errorMessage(err));
      return null;
    } finally {
      setBusy(false);
    }
  }, []);

  return {
    busy,
    error,
    setError,
    get: <T>(url: string, params?: Record<string, unknown>) => run<T>(() => get(url, { params })),
    /** The whole `{ data, meta }` envelope of a paginated list. */
    getPage: <T>(url: string, params?: Record<string, unknown>) =>
      run<Paged<T>>(async () => {
        const res = await get<Paged<T>>(url, { params });
        return { data: { data: res.data } };
      }),
    post: <T>(url: string, body: unknown) => run<T>(() => post(url, body)),
    put: <T>(url: string, body: unknown) => run<T>(() => put(url, body)),
  };
}
