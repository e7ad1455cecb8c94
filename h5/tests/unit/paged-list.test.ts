import { describe, expect, test, vi } from 'vitest';
import { usePagedList } from '~/composables/usePagedList';
import { page } from './fixtures';

describe('usePagedList', () => {
  test('pages accumulate until the last one; then it is finished and stops asking', async () => {
    const fetchPage = vi.fn(async (n: number) => page([`item ${n}`], n, 2, 2));
    const list = usePagedList(fetchPage, 1);
    await list.load();
    await list.load();
    expect(list.items.value).toEqual(['item 1', 'item 2']);
    expect(list.finished.value).toBe(true);
    expect(list.total.value).toBe(2);
    await list.load();
    expect(fetchPage).toHaveBeenCalledTimes(2);
    expect(fetchPage.mock.calls.map((c) => c[0])).toEqual([1, 2]);
  });

  test('a failed page keeps the items and shows the Chinese message; the retry asks for the same page', async () => {
    const fetchPage = vi
      .fn()
      .mockResolvedValueOnce(page(['a'], 1, 3, 3))
      .mockRejectedValueOnce({ statusCode: 500, data: { error: { status: 500, name: 'ApplicationError', message: '服务暂时不可用' } } })
      .mockResolvedValueOnce(page(['b'], 2, 3, 3));
    const list = usePagedList<string>(fetchPage, 1);
    await list.load();
    await list.load();
    expect(list.error.value).toBe('服务暂时不可用');
    expect(list.loading.value).toBe(false);
    await list.load();
    expect(fetchPage.mock.calls.map((c) => c[0])).toEqual([1, 2, 2]);
    expect(list.items.value).toEqual(['a', 'b']);
    expect(list.error.value).toBe('');
  });

  test('reset with a server-rendered first page continues from page 2, and drops a page of the old query', async () => {
    let resolveOld!: (v: ReturnType<typeof page<string>>) => void;
    const fetchPage = vi
      .fn()
      .mockReturnValueOnce(new Promise((r) => (resolveOld = r)))
      .mockResolvedValueOnce(page(['new 2'], 2, 2, 2));
    const list = usePagedList<string>(fetchPage, 1);
    const stale = list.load();
    list.reset(page(['new 1'], 1, 2, 2));
    resolveOld(page(['old 1'], 1, 5, 5));
    await stale;
    expect(list.items.value).toEqual(['new 1']);
    await list.load();
    expect(fetchPage.mock.calls[1]![0]).toBe(2);
    expect(list.items.value).toEqual(['new 1', 'new 2']);
    expect(list.finished.value).toBe(true);
  });

  test('an empty result is finished and empty', async () => {
    const list = usePagedList(async () => page<string>([], 1, 0, 0));
    await list.load();
    expect(list.empty.value).toBe(true);
  });
});
