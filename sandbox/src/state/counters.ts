export interface EndpointCounter {
  calls: number;
  /** errcode (as a string; "0" for success) → count. */
  errcodes: Record<string, number>;
  /** appId → calls, for the calls whose app is known. */
  byApp: Record<string, number>;
}

/** Per-endpoint call counters, e.g. to assert that two CMS instances fetched one token. */
export class Counters {
  private readonly map = new Map<string, EndpointCounter>();

  record(path: string, errcode: number, appId?: string): void {
    let c = this.map.get(path);
    if (!c) {
      c = { calls: 0, errcodes: {}, byApp: {} };
      this.map.set(path, c);
    }
    c.calls++;
    c.errcodes[String(errcode)] = (c.errcodes[String(errcode)] ?? 0) + 1;
    if (appId) c.byApp[appId] = (c.byApp[appId] ?? 0) + 1;
  }

  snapshot(): Record<string, EndpointCounter> {
    return Object.fromEntries([...this.map.entries()].map(([k, v]) => [k, structuredClone(v)]));
  }

  reset(): void {
    this.map.clear();
  }
}
