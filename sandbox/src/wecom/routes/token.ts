import type { Router } from '../../http/router';
import type { Runtime } from '../../runtime';
import { qyError } from '../errors';
import type { SecretRole } from '../state/types';

/** GET /cgi-bin/gettoken (reference §4.1): one token per (corpid, secret), reused while valid. */
export function qyTokenRoutes(router: Router, rt: Runtime): void {
  router.api('GET', '/cgi-bin/gettoken', (ctx) => {
    const corp = rt.state.wecom.corp(ctx.query.get('corpid'));
    ctx.appId = corp.corpId;
    const secret = ctx.query.get('corpsecret');
    if (!secret) throw qyError(41004);
    let role: SecretRole | undefined;
    let agentId: number | undefined;
    if (secret === corp.config.contactsSecret) role = 'contacts';
    else if (secret === corp.config.customerSecret) role = 'customer';
    else {
      const app = corp.config.apps.find((a) => a.secret === secret);
      if (app) [role, agentId] = ['app', app.agentId];
    }
    if (!role) throw qyError(40001);
    const t = rt.state.wecom.tokens.get(corp.corpId, secret, role, agentId);
    const key = `${corp.corpId}|${role === 'app' ? `app:${agentId}` : role}`;
    rt.state.wecom.tokenCalls[key] = (rt.state.wecom.tokenCalls[key] ?? 0) + 1;
    return { errcode: 0, errmsg: 'ok', access_token: t.token, expires_in: rt.state.wecom.tokens.expiresIn(t) };
  });
}
