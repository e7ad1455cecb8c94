import type { Router } from '../http/router';
import { Reply } from '../http/reply';
import { sortedSha1 } from '../crypto/signature';
import { openMessage, sealReply } from '../push/envelope';
import type { Runtime } from '../runtime';
import type { AppConfig } from '../state/types';
import { toXml } from '../wx/xml';

/** The demo server's answer to a message, as text (or undefined for `success`). */
function answer(app: AppConfig, m: Record<string, unknown>): string | undefined {
  if (m.MsgType === 'text') return `收到：${String(m.Content ?? '')}`;
  if (m.Event === 'subscribe') return `欢迎关注${app.name}！回复任意文字试试，或点击下方菜单。`;
  if (m.Event === 'CLICK') return m.EventKey === 'CHECKIN' ? '签到成功，积分 +10（沙箱演示回复）' : `你点击了菜单：${String(m.EventKey ?? '')}`;
  if (m.Event === 'SCAN') return `你扫描了二维码：${String(m.EventKey ?? '')}`;
  return undefined;
}

/**
 * A built-in developer server (callback url `demo`), so that the chat view answers without the
 * CMS running. It checks signatures and decrypts exactly as a real server must.
 */
export function demoServerRoutes(router: Router, rt: Runtime): void {
  router.add('GET', '/_sandbox/demo-server/:appId', (ctx) => {
    const app = rt.state.apps.get(ctx.params.appId as string);
    const q = ctx.query;
    if (!app || sortedSha1(app.config.token, q.get('timestamp') ?? '', q.get('nonce') ?? '') !== q.get('signature'))
      return Reply.text('Invalid signature', 401);
    return Reply.text(q.get('echostr') ?? '');
  });

  router.add('POST', '/_sandbox/demo-server/:appId', (ctx) => {
    const app = rt.state.apps.get(ctx.params.appId as string);
    if (!app) return Reply.text('no such app', 404);
    let opened;
    try {
      opened = openMessage(app.config, ctx.query, ctx.raw.toString('utf8'));
    } catch {
      return Reply.text('Invalid signature', 401);
    }
    const text = answer(app.config, opened.message);
    if (text === undefined) return Reply.text('success');
    const now = rt.state.clock.seconds();
    const xml = toXml({ ToUserName: String(opened.message.FromUserName), FromUserName: app.config.ghId, CreateTime: now, MsgType: 'text', Content: text });
    return new Reply(200, sealReply(app.config, xml, opened.encrypted, now), 'application/xml; charset=utf-8');
  });
}
