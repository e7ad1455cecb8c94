import { randomBytes } from 'node:crypto';
import { WxError } from '../wx/errors';
import type { Clock } from './clock';

export type TokenSource = 'token' | 'stable';

export interface AccessToken {
  token: string;
  appId: string;
  source: TokenSource;
  issuedAt: number;
  expiresAt: number;
  /** When set, the token stops working at this time even if not expired (superseded or forced). */
  revokedAt?: number;
}

export const TOKEN_TTL_S = 7200;
/** After /cgi-bin/token mints a new token, the previous one keeps working for 5 minutes. */
export const GRACE_MS = 5 * 60 * 1000;
/** stable_token hands out a fresh token when the current one has less than this left. */
export const STABLE_REFRESH_BEFORE_MS = 5 * 60 * 1000;
export const FORCE_REFRESH_MIN_GAP_MS = 30 * 1000;
export const FORCE_REFRESH_PER_DAY = 20;

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32,512}$/;

export function newOpaque(prefix: string, bytes = 48): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

/**
 * Basic access tokens of every app, with the semantics of reference §1.1: /cgi-bin/token always
 * mints (the previous token keeps 5 minutes), /cgi-bin/stable_token returns the same token while
 * it is valid, and the two kinds are isolated from each other.
 */
export class TokenStore {
  private readonly tokens = new Map<string, AccessToken>();
  private readonly current = new Map<string, AccessToken>();
  private readonly forced = new Map<string, number[]>();

  constructor(private readonly clock: Clock) {}

  private mint(appId: string, source: TokenSource): AccessToken {
    const now = this.clock.now();
    const t: AccessToken = { token: newOpaque(source === 'stable' ? 'SBXs_' : 'SBXt_'), appId, source, issuedAt: now, expiresAt: now + TOKEN_TTL_S * 1000 };
    this.tokens.set(t.token, t);
    this.current.set(`${appId}|${source}`, t);
    return t;
  }

  /** GET /cgi-bin/token: a new token every call; the previous one is revoked after the grace. */
  issue(appId: string): AccessToken {
    const prev = this.current.get(`${appId}|token`);
    if (prev) prev.revokedAt = Math.min(prev.revokedAt ?? Infinity, this.clock.now() + GRACE_MS);
    return this.mint(appId, 'token');
  }

  /** POST /cgi-bin/stable_token. */
  stable(appId: string, forceRefresh: boolean): AccessToken {
    const now = this.clock.now();
    const cur = this.current.get(`${appId}|stable`);
    const alive = cur && this.problem(cur) === 0;
    if (forceRefresh) {
      const day = (this.forced.get(appId) ?? []).filter((at) => at > now - 86_400_000);
      const last = day[day.length - 1];
      if (alive && last !== undefined && now - last < FORCE_REFRESH_MIN_GAP_MS) return cur;
      if (day.length >= FORCE_REFRESH_PER_DAY) throw new WxError(45009);
      day.push(now);
      this.forced.set(appId, day);
      if (cur) cur.revokedAt = now;
      return this.mint(appId, 'stable');
    }
    if (alive && cur.expiresAt - now > STABLE_REFRESH_BEFORE_MS) return cur;
    return this.mint(appId, 'stable');
  }

  /** 0 when usable, else the errcode a call with this token gets. */
  private problem(t: AccessToken): number {
    const now = this.clock.now();
    if (t.revokedAt !== undefined && t.revokedAt <= now) return 40001;
    if (t.expiresAt <= now) return 42001;
    return 0;
  }

  /** Checks an access_token query parameter; returns the token's appId or throws the errcode. */
  verify(token: string | null): AccessToken {
    if (!token) throw new WxError(41001);
    if (!TOKEN_SHAPE.test(token)) throw new WxError(40014);
    const t = this.tokens.get(token);
    if (!t) throw new WxError(40001);
    const code = this.problem(t);
    if (code) throw new WxError(code);
    return t;
  }

  /** Admin: expire tokens early (all of an app, or one). Returns how many were expired. */
  expire(appId: string | undefined, token?: string): number {
    const now = this.clock.now();
    let n = 0;
    for (const t of this.tokens.values()) {
      if ((token && t.token !== token) || (appId && t.appId !== appId)) continue;
      if (this.problem(t) === 0) n++;
      t.expiresAt = Math.min(t.expiresAt, now);
    }
    return n;
  }

  /** The app a token was issued to, without checking it (for counters and faults). */
  peek(token: string): string | undefined {
    return this.tokens.get(token)?.appId;
  }

  list(appId?: string): (AccessToken & { status: number })[] {
    return [...this.tokens.values()].filter((t) => !appId || t.appId === appId).map((t) => ({ ...t, status: this.problem(t) }));
  }

  expiresIn(t: AccessToken): number {
    return Math.max(0, Math.round((t.expiresAt - this.clock.now()) / 1000));
  }
}
