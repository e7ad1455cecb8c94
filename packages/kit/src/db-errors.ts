/** The codes, errnos and messages of an error and its causes (drivers wrap each other). */
function codes(err: unknown): string[] {
  const out: string[] = [];
  let e = err as { code?: unknown; errno?: unknown; cause?: unknown; message?: unknown } | undefined;
  for (let depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    if (typeof e.code === 'string') out.push(e.code);
    if (typeof e.errno === 'number') out.push(String(e.errno));
    if (typeof e.message === 'string') out.push(e.message);
    e = e.cause as typeof e;
  }
  return out;
}

/** The database refused a duplicate in a UNIQUE index: MySQL/MariaDB (ER_DUP_ENTRY, 1062) or SQLite. */
export function isUniqueViolation(err: unknown): boolean {
  return codes(err).some(
    (c) =>
      c === 'ER_DUP_ENTRY' ||
      c === '1062' ||
      c.startsWith('SQLITE_CONSTRAINT_UNIQUE') ||
      c.startsWith('SQLITE_CONSTRAINT_PRIMARYKEY') ||
      /UNIQUE constraint failed|Duplicate entry/i.test(c),
  );
}

/** A transaction lost to another one (deadlock, lock-wait timeout, SQLite busy) and may simply run again. */
export function isRetryable(err: unknown): boolean {
  return codes(err).some(
    (c) => c === 'ER_LOCK_DEADLOCK' || c === '1213' || c === 'ER_LOCK_WAIT_TIMEOUT' || c === '1205' || c.startsWith('SQLITE_BUSY') || /Deadlock found/i.test(c),
  );
}

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'PROTOCOL_CONNECTION_LOST', 'ER_CON_COUNT_ERROR', '1040']);

/**
 * A backend (the database, Redis) did not answer or dropped the connection: the request can be
 * tried again later (503), it is not a bug of the request or of the code.
 */
export function isUnavailable(err: unknown): boolean {
  return codes(err).some(
    (c) =>
      UNAVAILABLE_CODES.has(c) ||
      /Knex: Timeout acquiring a connection|Connection lost|Connection is closed|connect ECONNREFUSED|MaxRetriesPerRequestError/i.test(c),
  );
}

/** Creates a row, or when a concurrent writer won the unique key, returns `reread()`. */
export async function createOrReread<T>(create: () => Promise<T>, reread: () => Promise<T | null>): Promise<T> {
  try {
    return await create();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const row = await reread();
    if (!row) throw err;
    return row;
  }
}
