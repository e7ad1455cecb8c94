import { randomBytes } from 'node:crypto';
import type { Clock } from '../../state/clock';
import { qyError } from '../errors';

/** Web-login codes (wecom-and-pay.md A6): single use, 5 minutes. */
export const LOGIN_CODE_TTL_MS = 5 * 60 * 1000;

export interface LoginCode {
  code: string;
  corpId: string;
  agentId: number;
  userid: string;
  expiresAt: number;
  usedAt?: number;
}

export class LoginCodes {
  private readonly codes = new Map<string, LoginCode>();

  constructor(private readonly clock: Clock) {}

  mint(corpId: string, agentId: number, userid: string): LoginCode {
    const c: LoginCode = { code: randomBytes(32).toString('base64url'), corpId, agentId, userid, expiresAt: this.clock.now() + LOGIN_CODE_TTL_MS };
    this.codes.set(c.code, c);
    return c;
  }

  /** 41008 missing; 40029 unknown, of another corp, expired or already used. */
  redeem(corpId: string, code: string | null): LoginCode {
    if (!code) throw qyError(41008);
    const c = this.codes.get(code);
    if (!c || c.corpId !== corpId || c.usedAt !== undefined || c.expiresAt <= this.clock.now()) throw qyError(40029);
    c.usedAt = this.clock.now();
    return c;
  }
}
