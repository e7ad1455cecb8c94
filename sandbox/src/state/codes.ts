import { randomBytes } from 'node:crypto';
import { WxError } from '../wx/errors';
import type { Clock } from './clock';
import { newOpaque, TOKEN_TTL_S } from './tokens';

export type CodeKind = 'oauth' | 'js';

export interface IssuedCode {
  code: string;
  kind: CodeKind;
  appId: string;
  openid: string;
  scope?: string;
  expiresAt: number;
  usedAt?: number;
}

/** OAuth and js_code codes: single use, 5 minutes (reference §3.1, §3.2). */
export const CODE_TTL_MS = 5 * 60 * 1000;
export const REFRESH_TTL_MS = 30 * 86_400_000;

export interface SnsToken {
  token: string;
  appId: string;
  openid: string;
  scope: string;
  expiresAt: number;
  refreshToken: string;
}

interface RefreshToken {
  refreshToken: string;
  appId: string;
  openid: string;
  scope: string;
  expiresAt: number;
  accessToken: string;
}

/** Codes handed to the phone, and the web OAuth tokens they are exchanged for. */
export class CodeStore {
  private readonly codes = new Map<string, IssuedCode>();
  private readonly snsTokens = new Map<string, SnsToken>();
  private readonly refreshTokens = new Map<string, RefreshToken>();

  constructor(private readonly clock: Clock) {}

  mint(kind: CodeKind, appId: string, openid: string, scope?: string): IssuedCode {
    const code: IssuedCode = { code: randomBytes(16).toString('hex'), kind, appId, openid, scope, expiresAt: this.clock.now() + CODE_TTL_MS };
    this.codes.set(code.code, code);
    return code;
  }

  /** Uses a code once: 40029 when unknown, expired or of another app; 40163 when already used. */
  redeem(kind: CodeKind, appId: string, code: string | null): IssuedCode {
    if (!code) throw new WxError(41008);
    const c = this.codes.get(code);
    if (!c || c.kind !== kind || c.appId !== appId) throw new WxError(40029);
    if (c.usedAt !== undefined) throw new WxError(40163);
    if (c.expiresAt <= this.clock.now()) throw new WxError(40029);
    c.usedAt = this.clock.now();
    return c;
  }

  issueSnsToken(appId: string, openid: string, scope: string): SnsToken {
    const now = this.clock.now();
    const t: SnsToken = { token: newOpaque('SBXo_'), appId, openid, scope, expiresAt: now + TOKEN_TTL_S * 1000, refreshToken: newOpaque('SBXr_') };
    this.snsTokens.set(t.token, t);
    this.refreshTokens.set(t.refreshToken, { refreshToken: t.refreshToken, appId, openid, scope, expiresAt: now + REFRESH_TTL_MS, accessToken: t.token });
    return t;
  }

  /** /sns/oauth2/refresh_token: extends a valid access token, or mints a new one. */
  refresh(appId: string, refreshToken: string | null): SnsToken {
    const r = refreshToken ? this.refreshTokens.get(refreshToken) : undefined;
    if (!r || r.appId !== appId) throw new WxError(40030);
    const now = this.clock.now();
    if (r.expiresAt <= now) throw new WxError(42002);
    const existing = this.snsTokens.get(r.accessToken);
    if (existing && existing.expiresAt > now) {
      existing.expiresAt = now + TOKEN_TTL_S * 1000;
      return existing;
    }
    const t: SnsToken = {
      token: newOpaque('SBXo_'),
      appId,
      openid: r.openid,
      scope: r.scope,
      expiresAt: now + TOKEN_TTL_S * 1000,
      refreshToken: r.refreshToken,
    };
    this.snsTokens.set(t.token, t);
    r.accessToken = t.token;
    return t;
  }

  verifySnsToken(token: string | null, openid: string | null): SnsToken {
    if (!token) throw new WxError(41001);
    const t = this.snsTokens.get(token);
    if (!t) throw new WxError(40001);
    if (t.expiresAt <= this.clock.now()) throw new WxError(42001);
    if (openid && openid !== t.openid) throw new WxError(40003);
    return t;
  }

  expireSnsTokens(appId?: string): number {
    let n = 0;
    for (const t of this.snsTokens.values()) {
      if (appId && t.appId !== appId) continue;
      t.expiresAt = Math.min(t.expiresAt, this.clock.now());
      n++;
    }
    return n;
  }
}
