import { jsonBody, type Router } from '../http/router';
import type { Runtime } from '../runtime';

/** DingTalk allows 20 messages a minute per group robot (130101 beyond), on the sandbox clock. */
export const DINGTALK_PER_MINUTE = 20;

export interface DingtalkMessage {
  token: string;
  msgtype: string;
  body: Record<string, unknown>;
  at: number;
}

const messages = new WeakMap<Runtime, DingtalkMessage[]>();
const of = (rt: Runtime) => messages.get(rt) ?? (messages.set(rt, []), messages.get(rt) as DingtalkMessage[]);

/**
 * A DingTalk group robot's webhook (`POST /robot/send?access_token=`): any token of a robot the
 * sandbox has not seen is accepted as a new robot; text and markdown bodies are checked as
 * DingTalk does (errcode 40035 for a missing field), 20 a minute per robot. Faults through the
 * sandbox's fault API (pattern `/robot/send`). `GET /_sandbox/dingtalk/messages?token=` lists what arrived.
 */
export function dingtalkRoutes(router: Router, rt: Runtime): void {
  router.api('POST', '/robot/send', (ctx) => {
    const token = ctx.query.get('access_token') ?? '';
    if (!token) return { errcode: 300001, errmsg: 'token is not exist' };
    const now = rt.state.clock.now();
    const list = of(rt);
    if (list.filter((m) => m.token === token && m.at > now - 60_000).length >= DINGTALK_PER_MINUTE)
      return { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' };
    const body = jsonBody<{ msgtype?: string; text?: { content?: string }; markdown?: { title?: string; text?: string } }>(ctx);
    const ok =
      body.msgtype === 'text' ? Boolean(body.text?.content) : body.msgtype === 'markdown' ? Boolean(body.markdown?.title && body.markdown?.text) : false;
    if (!ok) return { errcode: 40035, errmsg: '缺少参数 json' };
    list.push({ token, msgtype: body.msgtype as string, body: body as Record<string, unknown>, at: now });
    return { errcode: 0, errmsg: 'ok' };
  });

  router.add('GET', '/_sandbox/dingtalk/messages', (ctx) => {
    const token = ctx.query.get('token');
    return of(rt).filter((m) => !token || m.token === token);
  });
}
