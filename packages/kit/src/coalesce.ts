/**
 * Group commit: callers hand in items and wait; whatever arrives while a flush runs goes into the
 * next one, so N concurrent callers cost one flush instead of N contended writes. Each caller's
 * promise settles with the outcome of the flush that carried its item (an error reaches every
 * caller of that flush), so nothing is acknowledged before it is written. With `lingerMs`, the first
 * caller after a quiet spell waits that long so that those arriving just after it share its flush.
 */
export function coalescer<T, R = void>(flush: (items: T[]) => Promise<R[] | void>, maxItems = 1000, lingerMs = 0): (item: T) => Promise<R> {
  let queue: Array<{ item: T; resolve: (r: R) => void; reject: (e: unknown) => void }> = [];
  let running = false;

  async function run(): Promise<void> {
    running = true;
    // `lingerMs`: an idle coalescer waits that long for company before its first flush, for callers
    // whose answer may wait (a platform's receipt push) and whose flush costs several round trips.
    if (lingerMs > 0) await new Promise((r) => setTimeout(r, lingerMs));
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

/**
 * A read shared while it is in flight: callers that arrive before it settles get the same promise
 * (one round trip, not one per caller); the next call after it settles reads afresh.
 */
export function sharedInFlight<T>(read: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | null = null;
  return () =>
    (inFlight ??= read().finally(() => {
      inFlight = null;
    }));
}
