import type { Ctx } from '../../http/router';
import type { Runtime } from '../../runtime';
import { qyError } from '../errors';
import type { CorpState } from '../state/corp-state';
import type { QyToken } from '../state/tokens';
import type { Member, SecretRole } from '../state/types';

export interface Caller {
  corp: CorpState;
  token: QyToken;
  /** Who owns what this caller creates (tags): `contacts`, `customer` or `app:<agentid>`. */
  owner: string;
}

export interface GuardOptions {
  /** Secret roles allowed to call (48002 otherwise). */
  roles?: SecretRole[];
  /** A contacts "detail read" (user/get, user/list, department/list …): 48009 from a new IP. */
  detailRead?: boolean;
}

/** The caller's IP as WeCom prints it in 60020. */
export function callerIp(ctx: Ctx): string {
  return (ctx.req.socket.remoteAddress ?? '0.0.0.0').replace(/^::ffff:/, '');
}

/**
 * Checks a qyapi call: the token (41001 / 40014 / 42001), the trusted-IP switch (60020 with the
 * `from ip` text), the secret's role (48002) and the contacts assistant's new-IP rule (48009).
 */
export function qyCaller(rt: Runtime, ctx: Ctx, options: GuardOptions = {}): Caller {
  const token = rt.state.wecom.tokens.verify(ctx.query.get('access_token'));
  ctx.appId = token.corpId;
  const corp = rt.state.wecom.corp(token.corpId);
  if (corp.switches.untrustedIp) {
    throw qyError(60020, `hint: [${Date.now().toString(36)}], from ip: ${callerIp(ctx)}, more info at https://open.work.weixin.qq.com/devtool/query?e=60020`);
  }
  if (options.roles && !options.roles.includes(token.role)) throw qyError(48002);
  if (options.detailRead && token.role === 'contacts' && corp.switches.newIp)
    throw qyError(48009, `hint: [${Date.now().toString(36)}], more info at https://open.work.weixin.qq.com/devtool/query?e=48009`);
  return { corp, token, owner: token.role === 'app' ? `app:${token.agentId}` : token.role };
}

/** The 2022-06-20 rule: apps other than contacts sync read members without sensitive fields. */
export function sensitiveBlanked(caller: Caller): boolean {
  if (caller.token.role === 'contacts') return false;
  if (caller.token.role === 'customer' || caller.corp.switches.recentApps) return true;
  const app = caller.corp.app(caller.token.agentId);
  return !!app && app.createdAt > '2022-06-20';
}

/** A member as user/get answers it. */
export function memberView(ctx: Ctx, m: Member, blank: boolean) {
  const avatar = `${ctx.origin}/_sandbox/avatar/${encodeURIComponent(m.userid)}.svg`;
  const view = { ...m, avatar, thumb_avatar: avatar, qr_code: `${ctx.origin}/_sandbox/wecom/qr/${encodeURIComponent(m.userid)}` };
  if (!blank) return view;
  return { ...view, avatar: '', thumb_avatar: '', qr_code: '', gender: '0', mobile: '', email: '', biz_mail: '', address: '', telephone: '' };
}

/** A body field as an integer id, or `errcode` when it is missing or not an integer. */
export function intField(value: unknown, errcode: number): number {
  const n = Number(value);
  if (value === undefined || value === null || value === '' || !Number.isInteger(n)) throw qyError(errcode);
  return n;
}
