/**
 * Server-rendered CMS data for the mall pages: `{data}` of the answer under a key, refetched when
 * the key changes, with the error as the visitor should read it.
 */
export function useCmsData<T>(key: () => string, path: () => string, query: () => Record<string, unknown> = () => ({})) {
  const api = useApi();
  const result = useAsyncData(key, () => api<{ data: T }>(path(), { query: query() }).then((r) => r.data), { dedupe: 'defer' });
  const errorMessage = computed(() => (result.error.value ? toApiError(result.error.value.cause ?? result.error.value).message : ''));
  return { ...result, errorMessage };
}
