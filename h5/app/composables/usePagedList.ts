import type { Paginated } from '@wedraw/contract';

export type PageFetcher<T> = (page: number, pageSize: number) => Promise<Paginated<T>>;

/**
 * The state of an infinitely scrolled list (van-list): the items loaded so far, whether a page is
 * loading, whether the last page came, and the error of the last attempt. A server-rendered first
 * page can be handed in, so the browser continues from page 2.
 */
export function usePagedList<T>(fetchPage: PageFetcher<T>, pageSize = 10) {
  const items = ref<T[]>([]) as Ref<T[]>;
  const loading = ref(false);
  const finished = ref(false);
  const error = ref('');
  const total = ref<number | null>(null);
  let next = 1;
  let generation = 0;

  function accept(page: Paginated<T>) {
    items.value = [...items.value, ...page.data];
    total.value = page.meta.pagination.total;
    next = page.meta.pagination.page + 1;
    finished.value = page.meta.pagination.page >= page.meta.pagination.pageCount || page.data.length === 0;
  }

  async function load(): Promise<void> {
    if (finished.value) return;
    const mine = generation;
    loading.value = true;
    error.value = '';
    try {
      const page = await fetchPage(next, pageSize);
      if (mine === generation) accept(page);
    } catch (err) {
      if (mine === generation) error.value = toApiError(err).message;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  /** Start over (new filter or sort); a page still in flight for the old query is dropped. */
  function reset(first?: Paginated<T> | null) {
    generation += 1;
    items.value = [];
    total.value = null;
    next = 1;
    finished.value = false;
    loading.value = false;
    error.value = '';
    if (first) accept(first);
  }

  const empty = computed(() => finished.value && items.value.length === 0);
  return { items, loading, finished, error, total, empty, load, reset };
}

export type PagedList<T> = ReturnType<typeof usePagedList<T>>;
