const SHANGHAI_OFFSET_MS = 8 * 3600_000; // China has no daylight saving time since 1991.

/** The Asia/Shanghai calendar day (YYYY-MM-DD) of an instant, whatever the server's time zone. */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The day before a YYYY-MM-DD day. */
export function previousDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export const DAY_MS = 24 * 3600_000;
