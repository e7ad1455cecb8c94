import { jsonBody, type Router } from '../http/router';
import type { Runtime } from '../runtime';
import type { AppState } from '../state/app-state';
import type { Template } from '../state/types';
import { OK, WxError } from '../wx/errors';
import { appFromToken, fanOf, followerOf } from './guards';

function templateOf(app: AppState, id: unknown): Template {
  const t = app.templates.find((x) => x.template_id === id);
  if (!t) throw new WxError(40037);
  return t;
}

function checkData(data: unknown): void {
  if (data !== undefined && (data === null || typeof data !== 'object' || Array.isArray(data))) throw new WxError(47001);
}

/** OA template messages and mini program subscribe messages (reference §1.4, §3.3). */
export function templateRoutes(router: Router, rt: Runtime): void {
  router.api('GET', '/cgi-bin/template/get_all_private_template', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    return { template_list: app.templates.map((t) => ({ ...t })) };
  });

  router.api('POST', '/cgi-bin/template/del_private_template', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    const t = templateOf(app, jsonBody<{ template_id?: string }>(ctx).template_id);
    app.templates = app.templates.filter((x) => x !== t);
    return OK;
  });

  router.api('POST', '/cgi-bin/message/template/send', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    const body = jsonBody<{ touser?: string; template_id?: string; data?: unknown }>(ctx);
    const fan = fanOf(app, body.touser);
    templateOf(app, body.template_id);
    if (!fan.subscribed) throw new WxError(43004);
    checkData(body.data);
    const sent = rt.state.recordMessage({ kind: 'template', appId: app.appId, touser: fan.openid, templateId: body.template_id, payload: body });
    rt.push.templateFinished(app, fan.openid, sent.msgid as number);
    return { errcode: 0, errmsg: 'ok', msgid: sent.msgid };
  });

  router.api('GET', '/wxaapi/newtmpl/gettemplate', (ctx) => {
    const app = appFromToken(rt, ctx, 'miniprogram');
    return {
      errcode: 0,
      errmsg: 'ok',
      data: app.templates.map((t) => ({ priTmplId: t.template_id, title: t.title, content: t.content, example: t.example, type: 2 })),
    };
  });

  router.api('POST', '/cgi-bin/message/subscribe/send', (ctx) => {
    const app = appFromToken(rt, ctx, 'miniprogram');
    const body = jsonBody<{ touser?: string; template_id?: string; data?: unknown }>(ctx);
    const fan = fanOf(app, body.touser);
    templateOf(app, body.template_id);
    if (body.data === undefined) throw new WxError(47003);
    checkData(body.data);
    const key = `${fan.openid}|${body.template_id}`;
    const grants = app.subscribeGrants.get(key) ?? 0;
    if (grants < 1) throw new WxError(43101);
    app.subscribeGrants.set(key, grants - 1);
    const sent = rt.state.recordMessage({ kind: 'subscribe', appId: app.appId, touser: fan.openid, templateId: body.template_id, payload: body });
    return { errcode: 0, errmsg: 'ok', msgid: sent.msgid };
  });

  router.api('POST', '/cgi-bin/message/custom/send', (ctx) => {
    const app = appFromToken(rt, ctx);
    const body = jsonBody<{ touser?: string; msgtype?: string }>(ctx);
    const fan = app.config.kind === 'official' ? followerOf(app, body.touser, 45015) : fanOf(app, body.touser);
    checkCustomMessage(body);
    const windowMs = 48 * 3600 * 1000;
    if (!fan.lastInteractionAt || rt.state.clock.now() - fan.lastInteractionAt > windowMs) throw new WxError(45015);
    if (fan.customSentSinceInteraction >= 5) throw new WxError(45047);
    fan.customSentSinceInteraction++;
    rt.state.recordMessage({ kind: 'custom', appId: app.appId, touser: fan.openid, payload: body });
    return OK;
  });
}

const CUSTOM_TYPES = ['text', 'image', 'voice', 'video', 'music', 'news', 'mpnews', 'mpnewsarticle', 'msgmenu', 'wxcard', 'miniprogrampage', 'link'];

/** A customer-service message needs a known msgtype and its payload object (text needs content). */
function checkCustomMessage(body: Record<string, unknown>): void {
  const type = body.msgtype;
  if (typeof type !== 'string' || !CUSTOM_TYPES.includes(type)) throw new WxError(40008);
  const payload = body[type] as Record<string, unknown> | undefined;
  if (!payload || typeof payload !== 'object') throw new WxError(47001);
  if (type === 'text' && (typeof payload.content !== 'string' || !payload.content)) throw new WxError(47001);
}
