import { escapeHtml } from '../http/reply';
import type { Fan } from '../state/types';

const STYLE = `body{margin:0;font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;background:#ededed;color:#111}
.phone{max-width:420px;margin:24px auto;background:#fff;border-radius:18px;box-shadow:0 4px 24px rgba(0,0,0,.12);overflow:hidden}
.bar{background:#07c160;color:#fff;padding:14px 18px;font-size:17px}.body{padding:16px 18px}
.fan{display:flex;align-items:center;gap:12px;padding:10px 0;border-bottom:1px solid #f0f0f0}
.fan img{width:40px;height:40px;border-radius:6px}.fan .n{flex:1}.fan small{color:#888;display:block;font-size:12px}
a.btn,button{background:#07c160;color:#fff;border:0;border-radius:6px;padding:7px 14px;font-size:14px;text-decoration:none;cursor:pointer}
a.ghost{background:#f2f2f2;color:#333}.err{color:#fa5151}form{display:flex;gap:8px;margin:8px 0}input{flex:1;padding:7px;border:1px solid #ddd;border-radius:6px}`;

export function page(title: string, inner: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><div class="phone"><div class="bar">${escapeHtml(title)}</div><div class="body">${inner}</div></div></body></html>`;
}

export function errorPage(code: number, message: string): string {
  return page('微信授权（沙箱）', `<p class="err">授权失败（${code}）：${escapeHtml(message)}</p><p>请检查 appid、redirect_uri 与 scope 参数。</p>`);
}

export interface ConsentView {
  appName: string;
  scope: string;
  fans: Fan[];
  total: number;
  q: string;
  /** Builds the confirm link for an openid (`new` = a new visitor), or the refusal link. */
  link(openid: string | null): string;
  /** The hidden inputs that keep the authorize parameters in the search form. */
  hidden: string;
}

export function consentPage(v: ConsentView): string {
  const what = v.scope === 'snsapi_userinfo' ? '获取你的昵称、头像' : '获取你的身份标识（静默授权）';
  const rows = v.fans
    .map(
      (f) =>
        `<div class="fan"><img src="/_sandbox/avatar/${encodeURIComponent(f.openid)}.svg" alt=""><div class="n">${escapeHtml(f.nickname)}<small>${escapeHtml(f.openid)}${f.subscribed ? ' · 已关注' : ' · 未关注'}</small></div><a class="btn" href="${escapeHtml(v.link(f.openid))}">以此身份授权</a></div>`,
    )
    .join('');
  return page(
    '微信授权（沙箱）',
    `<p><b>${escapeHtml(v.appName)}</b> 申请${what}。</p>
<p>沙箱中没有真实的微信用户：请选择以哪位粉丝的身份授权（共 ${v.total} 位）。</p>
<form method="get">${v.hidden}<input name="sandbox_q" value="${escapeHtml(v.q)}" placeholder="按昵称或 openid 搜索"><button>搜索</button></form>
${rows || '<p>没有匹配的粉丝。</p>'}
<p style="display:flex;gap:8px;margin-top:14px"><a class="btn" href="${escapeHtml(v.link('new'))}">以新访客身份授权</a><a class="btn ghost" href="${escapeHtml(v.link(null))}">拒绝</a></p>`,
  );
}
