/** Business days are Chinese days (Asia/Shanghai, UTC+8 without daylight saving). */
export function shanghaiDay(at: Date = new Date()): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
