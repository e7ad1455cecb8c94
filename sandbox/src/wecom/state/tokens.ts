import { newOpaque } from '../../state/tokens';
import type { Clock } from '../../state/clock';
import { qyError } from '../errors';
import type { SecretRole } from './types';

export const QY_TOKEN_TTL_S = 7200;

export interface QyToken {
  token: string;
  corpId: string;
  role: SecretRole;
  /** The app's agentId for role `app`. */
  agentId?: number;
  issuedAt: number;
  expiresAt: number;
}

/**
 * WeCom tokens, one per (corpid, secret): `gettoken` returns the same token while it is valid
 * and a new one after it expired (reference §4.1).
 */
export class QyTokenStore {
  private readonly tokens = new Map<string, QyToken>();
  private readonly current = new Map<string, QyToken>();

  constructor(private readonly clock: Clock) {}

  get(corpId: string, secret: string, role: SecretRole, agentId?: number): QyToken {
    const key = `${corpId}|${secret}`;
    const now = this.clock.now();
    const cur = this.current.get(key);
    if (cur && cur.expiresAt > now) return cur;
    const t: QyToken = { token: newOpaque('SBXq_', 64), corpId, role, ...(agentId ? { agentId } : {}), issuedAt: now, expiresAt: now + QY_TOKEN_TTL_S * 1000 };
    this.tokens.set(t.token, t);
    this.current.set(key, t);
    return t;
  }

  /** 41001 missing, 40014 unknown, 42001 expired. */
  verify(token: string | null): QyToken {
    if (!token) throw qyError(41001);
    const t = this.tokens.get(token);
    if (!t) throw qyError(40014);
    if (t.expiresAt <= this.clock.now()) throw qyError(42001);
    return t;
  }

  /** Issued tokens (newest last), with their status: 0 valid, 42001 expired. */
  list(corpId?: string): (QyToken & { status: number })[] {
    const now = this.clock.now();
    return [...this.tokens.values()].filter((t) => !corpId || t.corpId === corpId).map((t) => ({ ...t, status: t.expiresAt > now ? 0 : 42001 }));
  }

  peek(token: string): QyToken | undefined {
    return this.tokens.get(token);
  }

  expiresIn(t: QyToken): number {
    return Math.max(0, Math.round((t.expiresAt - this.clock.now()) / 1000));
  }

  /** Admin: expire the tokens of a corp now. */
  expire(corpId?: string): number {
    const now = this.clock.now();
    let n = 0;
    for (const t of this.tokens.values()) {
      if (corpId && t.corpId !== corpId) continue;
      if (t.expiresAt > now) n++;
      t.expiresAt = Math.min(t.expiresAt, now);
    }
    return n;
  }
}
