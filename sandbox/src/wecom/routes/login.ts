import type { Router } from '../../http/router';
import { AdminError, escapeHtml, Reply } from '../../http/reply';
import type { Runtime } from '../../runtime';
import { adminBody, requireString } from '../../routes/admin-util';
import { qyOk } from '../errors';
import type { CorpState } from '../state/corp-state';
import { adminCorp } from './admin-util';
import { qyCaller } from './guard';

const LOGIN_PARAMS = ['login_type', 'appid', 'agentid', 'redirect_uri', 'state', 'lang'];

function page(title: string, body: string, status = 200): Reply {
  return Reply.html(
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title>` +
      `<style>body{font-family:"PingFang SC","Noto Sans CJK SC",sans-serif;max-width:560px;margin:32px auto;padding:0 16px;color:#222}h1{font-size:20px}.qr{border:1px dashed #999;padding:12px;border-radius:8px;margin:12px 0}a.m{display:inline-block;margin:4px;padding:6px 10px;border:1px solid #0a7aff;border-radius:6px;color:#0a7aff;text-decoration:none}.err{color:#c00}</style></head>` +
      `<body>${body}</body></html>`,
    status,
  );
}

/** The login request: the corp, the app and the redirect; an error page otherwise. */
function loginTarget(rt: Runtime, q: URLSearchParams): { corp: CorpState; agentId: number; redirect: URL } | string {
  const corp = rt.state.wecom.corps.get(q.get('appid') ?? '');
  if (!corp) return '参数错误：appid 不是已知的企业 CorpID';
  if (q.get('login_type') && q.get('login_type') !== 'CorpApp') return '沙箱只支持 login_type=CorpApp（企业自建应用）';
  const app = corp.app(q.get('agentid'));
  if (!app) return '参数错误：agentid 不是该企业的应用';
  try {
    const redirect = new URL(q.get('redirect_uri') ?? '');
    if (!/^https?:$/.test(redirect.protocol)) throw new Error('scheme');
    return { corp, agentId: app.agentId, redirect };
  } catch {
    return '参数错误：redirect_uri 不是有效的网址';
  }
}

/**
 * WeCom web login (wecom-and-pay.md A6): `wwlogin/sso/login` shows a "QR code" whose scan is a
 * click on a member; it redirects to redirect_uri with a single-use 5-minute code and the state.
 */
export function qyLoginRoutes(router: Router, rt: Runtime): void {
  router.add('GET', '/wwlogin/sso/login', (ctx) => {
    const target = loginTarget(rt, ctx.query);
    if (typeof target === 'string') return page('企业微信登录', `<h1>企业微信登录</h1><p class="err">${escapeHtml(target)}</p>`, 400);
    const keep = new URLSearchParams([...ctx.query.entries()].filter(([k]) => LOGIN_PARAMS.includes(k)));
    const members = [...target.corp.members.values()].filter((m) => m.status === 1).slice(0, 24);
    const links = members
      .map((m) => `<a class="m" href="/wwlogin/sso/login/scan?${keep}&userid=${encodeURIComponent(m.userid)}">${escapeHtml(m.name)}</a>`)
      .join('');
    return page(
      '企业微信登录',
      `<h1>${escapeHtml(target.corp.config.name)} · 企业微信扫码登录</h1><p>登录后将跳转到 ${escapeHtml(target.redirect.host)}。</p>` +
        `<div class="qr"><p>沙箱：点选一位成员，即当作该成员用企业微信扫码并确认登录。</p>${links}</div>`,
    );
  });

  router.add('GET', '/wwlogin/sso/login/scan', (ctx) => {
    const target = loginTarget(rt, ctx.query);
    if (typeof target === 'string') return page('企业微信登录', `<p class="err">${escapeHtml(target)}</p>`, 400);
    const member = target.corp.members.get(ctx.query.get('userid') ?? '');
    if (!member) return page('企业微信登录', '<p class="err">该成员不在企业通讯录中</p>', 400);
    const code = rt.state.wecom.loginCodes.mint(target.corp.corpId, target.agentId, member.userid);
    target.redirect.searchParams.set('code', code.code);
    target.redirect.searchParams.set('state', ctx.query.get('state') ?? '');
    return Reply.redirect(target.redirect.toString());
  });

  /** Tests: a code as if the member had scanned and confirmed. */
  router.add('POST', '/_sandbox/wecom/login/code', (ctx) => {
    const body = adminBody<{ corpId?: string; agentId?: number; userid?: string }>(ctx);
    const corp = adminCorp(rt, body.corpId);
    const app = body.agentId === undefined ? corp.config.apps[0] : corp.app(body.agentId);
    if (!app) throw new AdminError(404, `no app ${String(body.agentId)} in ${corp.corpId}`);
    const userid = requireString(body.userid, 'userid');
    if (!corp.members.has(userid)) throw new AdminError(404, `no member ${userid} in ${corp.corpId}`);
    const code = rt.state.wecom.loginCodes.mint(corp.corpId, app.agentId, userid);
    return { code: code.code, expiresAt: code.expiresAt };
  });

  router.api('GET', '/cgi-bin/auth/getuserinfo', (ctx) => {
    const { corp } = qyCaller(rt, ctx, { roles: ['app'] });
    const code = rt.state.wecom.loginCodes.redeem(corp.corpId, ctx.query.get('code'));
    return { ...qyOk(), userid: code.userid };
  });
}
