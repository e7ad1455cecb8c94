import { describe, expect, it } from 'vitest';
import { coalescer, sharedInFlight } from '../src';

describe('coalescer', () => {
  it('carries concurrent callers in few flushes, in order, each answered with its own result', async () => {
    const flushes: number[][] = [];
    const write = coalescer<number, number>(async (items) => {
      flushes.push(items);
      await new Promise((r) => setTimeout(r, 5));
      return items.map((n) => n * 10);
    });
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => write(i)));
    expect(results).toEqual(Array.from({ length: 50 }, (_, i) => i * 10));
    // The first caller flushes alone; the 49 that arrived meanwhile go together.
    expect(flushes.map((f) => f.length)).toEqual([1, 49]);
    expect(flushes.flat()).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('splits at maxItems and rejects only the callers of a failed flush', async () => {
    let calls = 0;
    const write = coalescer<number>(async (items) => {
      calls += 1;
      if (items.includes(3)) throw new Error('disk full');
    }, 2);
    const outcomes = await Promise.allSettled([0, 1, 2, 3, 4].map((n) => write(n)));
    // Flushes: [0] alone (it started the run), then [1, 2] and [3, 4] at most two at a time.
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'rejected']);
    expect(calls).toBe(3);
  });

  it('with lingerMs, callers arriving just after the first share its flush', async () => {
    const flushes: number[][] = [];
    const write = coalescer<number>(
      async (items) => {
        flushes.push(items);
      },
      1000,
      30,
    );
    const first = write(1);
    await new Promise((r) => setTimeout(r, 5));
    await Promise.all([first, write(2), write(3)]);
    expect(flushes).toEqual([[1, 2, 3]]);
    // Without lingering the first caller goes alone.
    const alone: number[][] = [];
    const eager = coalescer<number>(async (items) => {
      alone.push(items);
      await new Promise((r) => setTimeout(r, 20));
    });
    const one = eager(1);
    await new Promise((r) => setTimeout(r, 5));
    await Promise.all([one, eager(2), eager(3)]);
    expect(alone).toEqual([[1], [2, 3]]);
  });
});

describe('sharedInFlight', () => {
  it('callers during a read share it; a call after it settles reads again', async () => {
    let reads = 0;
    let release: (v: number) => void = () => undefined;
    const read = sharedInFlight(() => {
      reads += 1;
      return new Promise<number>((r) => (release = r));
    });
    const [a, b] = [read(), read()];
    expect(a).toBe(b);
    release(7);
    expect(await Promise.all([a, b])).toEqual([7, 7]);
    expect(reads).toBe(1);
    const c = read();
    expect(c).not.toBe(a);
    release(8);
    expect(await c).toBe(8);
    expect(reads).toBe(2);
  });

  it('a failed read reaches the callers that shared it, and the next call tries again', async () => {
    let reads = 0;
    const read = sharedInFlight(async () => {
      reads += 1;
      if (reads === 1) throw new Error('down');
      return 'up';
    });
    const outcomes = await Promise.allSettled([read(), read()]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(await read()).toBe('up');
    expect(reads).toBe(2);
  });
});
