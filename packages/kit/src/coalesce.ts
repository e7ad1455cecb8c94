/**
 * Group commit: callers hand in items and wait; whatever arrives while a flush runs goes into the
 * next one, so N concurrent callers cost one flush instead of N contended writes. Each caller's
 * promise settles with the outcome of the flush that carried its item (an error reaches every
 * caller of that flush), so nothing is acknowledged before it is written.
 */
export function coalescer<T, R = void>(flush: (items: T[]) => Promise<R[] | void>, maxItems = 1000): (item: T) => Promise<R> {
  let queue: Array<{ item: T; resolve: (r: R) => void; reject: (e: unknown) => void }> = [];
  let running = false;

  async function run(): Promise<void> {
    running = true;
    while (queue.length) {
      const taken = queue.slice(0, maxItems);
      queue = queue.slice(taken.length);
      try {
        const results = await flush(taken.map((w) => w.item));
        taken.forEach((w, i) => w.resolve((results ? results[i] : undefined) as R));
      } catch (err) {
        for (const w of taken) w.reject(err);
      }
    }
    running = false;
  }

  return (item: T) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!running) void run();
    });
}
