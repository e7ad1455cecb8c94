/** Business days are Chinese days: Asia/Shanghai, UTC+8 all year (no daylight saving since 1991). */
const SHANGHAI_MS = 8 * 3600_000;

export const DAY_MS = 24 * 3600_000;

/** The Asia/Shanghai calendar day (`YYYY-MM-DD`) of an instant, whatever the server's time zone. */
export function shanghaiDay(at: Date | string | number = new Date()): string {
  return new Date(new Date(at).getTime() + SHANGHAI_MS).toISOString().slice(0, 10);
}

/** The UTC instants [start, end) of a business day. */
export function dayWindow(day: string): [Date, Date] {
  const start = new Date(Date.parse(`${day}T00:00:00Z`) - SHANGHAI_MS);
  return [start, new Date(start.getTime() + DAY_MS)];
}

export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export function previousDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
}
