import type { Ctx, Router } from '../http/router';
import { escapeHtml, Reply } from '../http/reply';
import { consentPage, errorPage } from '../page/consent-html';
import type { Runtime } from '../runtime';
import type { AppState } from '../state/app-state';

const SCOPES = new Set(['snsapi_base', 'snsapi_userinfo']);
const PARAMS = ['appid', 'redirect_uri', 'response_type', 'scope', 'state'];

/** Checks the authorize parameters; an error page (as WeChat shows one) when they are wrong. */
function checkAuthorize(rt: Runtime, ctx: Ctx): { app: AppState; redirect: URL; scope: string; state: string } | Reply {
  const q = ctx.query;
  const app = rt.state.apps.get(q.get('appid') ?? '');
  if (!app || app.config.kind !== 'official') return Reply.html(errorPage(10002, 'appid 无效或不是公众号'), 400);
  let redirect: URL;
  try {
    redirect = new URL(q.get('redirect_uri') ?? '');
  } catch {
    return Reply.html(errorPage(10003, 'redirect_uri 参数错误'), 400);
  }
  const scope = q.get('scope') ?? '';
  if (!SCOPES.has(scope)) return Reply.html(errorPage(10005, 'scope 参数错误或没有 scope 权限'), 400);
  if (q.get('response_type') !== 'code') return Reply.html(errorPage(10004, 'response_type 参数错误'), 400);
  return { app, redirect, scope, state: q.get('state') ?? '' };
}

function redirectWith(url: URL, params: Record<string, string>): Reply {
  const target = new URL(url.toString());
  for (const [k, v] of Object.entries(params)) target.searchParams.set(k, v);
  return Reply.redirect(target.toString());
}

/**
 * The OA web authorization page (reference §3.1): in the sandbox the visitor picks which demo fan
 * they are. `sandbox_openid=<openid>` skips the page (silent authorization, as snsapi_base is).
 */
export function consentRoutes(router: Router, rt: Runtime): void {
  router.add('GET', '/connect/oauth2/authorize', (ctx) => {
    const checked = checkAuthorize(rt, ctx);
    if (checked instanceof Reply) return checked;
    const silent = ctx.query.get('sandbox_openid');
    if (silent) return confirm(checked, silent);
    const q = (ctx.query.get('sandbox_q') ?? '').trim();
    const all = q ? checked.app.fans.filter((f) => f.nickname.includes(q) || f.openid.includes(q)) : checked.app.fans;
    const base = new URLSearchParams(PARAMS.map((p): [string, string] => [p, ctx.query.get(p) ?? '']));
    return Reply.html(
      consentPage({
        appName: checked.app.config.name,
        scope: checked.scope,
        fans: all.slice(0, 30),
        total: all.length,
        q,
        hidden: PARAMS.map((p) => `<input type="hidden" name="${p}" value="${escapeHtml(ctx.query.get(p) ?? '')}">`).join(''),
        link: (openid) => `/connect/oauth2/authorize/confirm?${base.toString()}&${openid ? `openid=${encodeURIComponent(openid)}` : 'refuse=1'}`,
      }),
    );
  });

  router.add('GET', '/connect/oauth2/authorize/confirm', (ctx) => {
    const checked = checkAuthorize(rt, ctx);
    if (checked instanceof Reply) return checked;
    if (ctx.query.get('refuse')) return redirectWith(checked.redirect, { state: checked.state });
    return confirm(checked, ctx.query.get('openid') ?? 'new');
  });

  function confirm(c: { app: AppState; redirect: URL; scope: string; state: string }, openid: string): Reply {
    const fan = openid === 'new' ? rt.state.createFan(c.app) : c.app.fan(openid);
    if (!fan) return Reply.html(errorPage(40003, '没有这个粉丝'), 400);
    const code = rt.state.codes.mint('oauth', c.app.appId, fan.openid, c.scope);
    return redirectWith(c.redirect, { code: code.code, state: c.state });
  }
}
