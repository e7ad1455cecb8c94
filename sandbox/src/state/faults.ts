/**
 * Error injection: the next `times` calls of an endpoint fail with an errcode, an HTTP status, a
 * dropped connection, and/or are delayed. `times: -1` keeps the fault until it is cleared.
 */
export interface Fault {
  id: number;
  path: string;
  /** Only calls made for this app (when the sandbox can tell). */
  appId?: string;
  errcode?: number;
  errmsg?: string;
  /** Answer with this HTTP status (and an empty body) instead of the endpoint's answer. */
  status?: number;
  /** Destroy the connection without answering. */
  drop?: boolean;
  delayMs?: number;
  times: number;
  hits: number;
}

export type FaultInput = Omit<Fault, 'id' | 'hits' | 'times'> & { times?: number };

export class Faults {
  private list: Fault[] = [];
  private nextId = 1;

  add(input: FaultInput): Fault {
    const fault: Fault = { ...input, times: input.times ?? 1, id: this.nextId++, hits: 0 };
    this.list.push(fault);
    return fault;
  }

  /** Consumes the first fault that applies to this call, if any. */
  take(path: string, appId?: string): Fault | undefined {
    const fault = this.list.find((f) => f.path === path && (!f.appId || f.appId === appId) && (f.times < 0 || f.hits < f.times));
    if (!fault) return undefined;
    fault.hits++;
    if (fault.times >= 0 && fault.hits >= fault.times) this.list = this.list.filter((f) => f !== fault);
    return { ...fault };
  }

  all(): Fault[] {
    return this.list.map((f) => ({ ...f }));
  }

  clear(id?: number): void {
    this.list = id === undefined ? [] : this.list.filter((f) => f.id !== id);
  }
}
