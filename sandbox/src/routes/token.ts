import { jsonBody, type Router } from '../http/router';
import type { Runtime } from '../runtime';
import { TOKEN_TTL_S } from '../state/tokens';
import { WxError } from '../wx/errors';
import { appFromSecret, appFromToken } from './guards';

/** /cgi-bin/token, /cgi-bin/stable_token and the JS-SDK ticket (reference §1.1, §1.7). */
export function tokenRoutes(router: Router, rt: Runtime): void {
  router.api('GET', '/cgi-bin/token', (ctx) => {
    const q = ctx.query;
    if (q.get('grant_type') !== 'client_credential') throw new WxError(40002);
    const app = appFromSecret(rt, ctx, q.get('appid'), q.get('secret'), 40001);
    const t = rt.state.tokens.issue(app.appId);
    return { access_token: t.token, expires_in: TOKEN_TTL_S };
  });

  router.api('POST', '/cgi-bin/stable_token', (ctx) => {
    const body = jsonBody<{ grant_type?: string; appid?: string; secret?: string; force_refresh?: boolean }>(ctx);
    if (body.grant_type !== 'client_credential') throw new WxError(40002);
    const app = appFromSecret(rt, ctx, body.appid, body.secret, 40001);
    const t = rt.state.tokens.stable(app.appId, body.force_refresh === true);
    return { access_token: t.token, expires_in: rt.state.tokens.expiresIn(t) };
  });

  router.api('GET', '/cgi-bin/ticket/getticket', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    const type = ctx.query.get('type') ?? 'jsapi';
    if (type !== 'jsapi' && type !== 'wx_card') throw new WxError(40097, 'invalid args');
    const ticket = rt.state.tickets.get(app.appId, type);
    return { errcode: 0, errmsg: 'ok', ticket: ticket.ticket, expires_in: rt.state.tickets.expiresIn(ticket) };
  });

  router.api('GET', '/cgi-bin/getcallbackip', (ctx) => {
    appFromToken(rt, ctx);
    return { ip_list: ['127.0.0.1'] };
  });
}
