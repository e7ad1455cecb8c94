/**
 * Group commit: callers each wait for their row to be written, but rows that arrive while a write
 * is in flight go together in the next one. At low load a row is written at once (no timer, no
 * added latency); under load one INSERT carries many rows. A failed write fails every caller of
 * that batch (each decides what to do, e.g. let WeChat retry).
 */
export function groupCommit<T>(write: (rows: T[]) => Promise<void>, maxBatch = 500): (row: T) => Promise<void> {
  let pending: { row: T; done: (err?: unknown) => void }[] = [];
  let writing = false;

  async function drain(): Promise<void> {
    writing = true;
    while (pending.length > 0) {
      const batch = pending.slice(0, maxBatch);
      pending = pending.slice(maxBatch);
      try {
        await write(batch.map((b) => b.row));
        for (const b of batch) b.done();
      } catch (err) {
        for (const b of batch) b.done(err);
      }
    }
    writing = false;
  }

  return (row: T) =>
    new Promise<void>((resolve, reject) => {
      pending.push({ row, done: (err) => (err === undefined ? resolve() : reject(err)) });
      if (!writing) void drain();
    });
}
