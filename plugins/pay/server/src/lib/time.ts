/** WeChat Pay's time format: RFC 3339 with +08:00. */
export function rfc3339(at: Date): string {
  return `${new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}
