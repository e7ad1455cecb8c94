import { describe, expect, it } from 'vitest';
import { memoryKv, refreshAtFor, TokenStore } from '../src';

describe('memory kv', () => {
  it('sets, expires, sets only when absent, deletes only its own value', async () => {
    const kv = memoryKv();
    expect(kv.shared).toBe(false);
    await kv.set('a', '1', 50);
    expect(await kv.get('a')).toBe('1');
    expect(await kv.setIfAbsent('a', '2', 50)).toBe(false);
    await kv.deleteIfEquals('a', '2');
    expect(await kv.get('a')).toBe('1');
    await kv.deleteIfEquals('a', '1');
    expect(await kv.get('a')).toBeNull();
    await kv.set('b', '1', 10);
    await new Promise((r) => setTimeout(r, 30));
    expect(await kv.get('b')).toBeNull();
  });
});

describe('token store', () => {
  it('refreshes 5 minutes ahead (half the lifetime when short)', () => {
    expect(refreshAtFor(7200, 0)).toBe(6900_000);
    expect(refreshAtFor(300, 0)).toBe(150_000);
  });

  it('fetches once for concurrent callers, then serves the stored value', async () => {
    const store = new TokenStore(memoryKv());
    let fetches = 0;
    const fetch = async () => {
      fetches++;
      await new Promise((r) => setTimeout(r, 20));
      return { value: `t${fetches}`, expiresIn: 7200 };
    };
    const values = await Promise.all(Array.from({ length: 10 }, () => store.current('token:wx1', fetch)));
    expect(new Set(values.map((v) => v.value))).toEqual(new Set(['t1']));
    expect((await store.current('token:wx1', fetch)).value).toBe('t1');
    expect(fetches).toBe(1);
  });

  it('refetches a value WeChat rejected', async () => {
    const store = new TokenStore(memoryKv());
    let n = 0;
    const fetch = async () => ({ value: `t${++n}`, expiresIn: 7200 });
    expect((await store.current('k', fetch)).value).toBe('t1');
    expect((await store.current('k', fetch, 't1')).value).toBe('t2');
    expect((await store.read('k'))?.value).toBe('t2');
  });
});
