import { describe, expect, it } from 'vitest';
import { HELD_ELSEWHERE, memoryKv, withLease } from '../src';

describe('withLease', () => {
  it('lets one holder work at a time, renews while it works, and releases when done', async () => {
    const kv = memoryKv();
    let release!: () => void;
    const first = withLease(kv, 'run:1', 300, () => new Promise<string>((resolve) => (release = () => resolve('done'))));
    await new Promise((r) => setTimeout(r, 20));
    expect(await withLease(kv, 'run:1', 300, async () => 'second')).toBe(HELD_ELSEWHERE);
    // Past the first TTL the lease is still held: it was renewed.
    await new Promise((r) => setTimeout(r, 450));
    expect(await withLease(kv, 'run:1', 300, async () => 'second')).toBe(HELD_ELSEWHERE);
    release();
    expect(await first).toBe('done');
    expect(await withLease(kv, 'run:1', 300, async () => 'after')).toBe('after');
  });

  it('releases the key when the work throws', async () => {
    const kv = memoryKv();
    await expect(withLease(kv, 'run:2', 1000, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await kv.get('run:2')).toBeNull();
  });
});
