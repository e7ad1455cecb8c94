import type { Clock } from './clock';
import { newOpaque, TOKEN_TTL_S } from './tokens';

export interface Ticket {
  ticket: string;
  appId: string;
  type: string;
  expiresAt: number;
}

/** JS-SDK tickets (jsapi, wx_card): one per app and type, the same while valid (7200 s). */
export class TicketStore {
  private readonly current = new Map<string, Ticket>();

  constructor(private readonly clock: Clock) {}

  get(appId: string, type: string): Ticket {
    const key = `${appId}|${type}`;
    const cur = this.current.get(key);
    if (cur && cur.expiresAt > this.clock.now()) return cur;
    const t: Ticket = { ticket: newOpaque('SBXj_', 60), appId, type, expiresAt: this.clock.now() + TOKEN_TTL_S * 1000 };
    this.current.set(key, t);
    return t;
  }

  /** The ticket currently valid for an app, if any (to check JS-SDK signatures). */
  peek(appId: string, type = 'jsapi'): Ticket | undefined {
    const cur = this.current.get(`${appId}|${type}`);
    return cur && cur.expiresAt > this.clock.now() ? cur : undefined;
  }

  expiresIn(t: Ticket): number {
    return Math.max(0, Math.round((t.expiresAt - this.clock.now()) / 1000));
  }
}
