/** Data a client-side page loads on demand: the value, whether it is loading, the error to show. */
export function useLoader<T>(fetch: () => Promise<T>) {
  const data = ref<T | null>(null) as Ref<T | null>;
  const loading = ref(false);
  const error = ref('');

  async function load(): Promise<void> {
    loading.value = true;
    error.value = '';
    try {
      data.value = await fetch();
    } catch (err) {
      error.value = toApiError(err).message;
    } finally {
      loading.value = false;
    }
  }

  return { data, loading, error, load };
}
