import { createHmac } from 'node:crypto';
import { AdminError, Reply } from '../http/reply';
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
/** Robots with 加签 (signing): token → their SEC… secret. */
const signing = new WeakMap<Runtime, Map<string, string>>();
const secretsOf = (rt: Runtime) => signing.get(rt) ?? (signing.set(rt, new Map()), signing.get(rt) as Map<string, string>);

/** DingTalk's 加签: Base64 of HMAC-SHA256 over `timestamp + "\n" + secret`, keyed by the secret. */
export const dingtalkSign = (timestamp: string, secret: string) => createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
/** DingTalk's tolerance between the signed timestamp (ms) and its own clock. */
const SIGN_WINDOW_MS = 3600_000;

/** A signing robot's check of `timestamp` and `sign` (errcode 310000 when they do not hold), or null when it passes. */
function signProblem(rt: Runtime, token: string, query: URLSearchParams): { errcode: number; errmsg: string } | null {
  const secret = secretsOf(rt).get(token);
  if (!secret) return null;
  const timestamp = query.get('timestamp') ?? '';
  const sign = query.get('sign') ?? '';
  if (!/^\d{13}$/.test(timestamp) || Math.abs(Number(timestamp) - rt.state.clock.now()) > SIGN_WINDOW_MS)
    return { errcode: 310000, errmsg: 'invalid timestamp' };
  if (sign !== dingtalkSign(timestamp, secret)) return { errcode: 310000, errmsg: 'sign not match' };
  return null;
}

/**
 * A DingTalk group robot's webhook (`POST /robot/send?access_token=`): any token of a robot the
 * sandbox has not seen is accepted as a new robot; text and markdown bodies are checked as
 * DingTalk does (errcode 40035 for a missing field), 20 a minute per robot. A robot registered
 * with 加签 (`POST /_sandbox/dingtalk/robots {token, secret}`) takes only sends whose `timestamp`
 * (ms, within an hour of the sandbox clock) and `sign` (URL-decoded by the query parser) hold,
 * errcode 310000 otherwise. Faults through the sandbox's fault API (pattern `/robot/send`).
 * `GET /_sandbox/dingtalk/messages?token=` lists what arrived.
 */
export function dingtalkRoutes(router: Router, rt: Runtime): void {
  router.api('POST', '/robot/send', (ctx) => {
    const token = ctx.query.get('access_token') ?? '';
    if (!token) return { errcode: 300001, errmsg: 'token is not exist' };
    const refused = signProblem(rt, token, ctx.query);
    if (refused) return refused;
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

  router.add('POST', '/_sandbox/dingtalk/robots', (ctx) => {
    const { token, secret } = jsonBody<{ token?: string; secret?: string }>(ctx);
    if (!token || !secret?.startsWith('SEC')) throw new AdminError(400, 'token and a secret starting with SEC are required');
    secretsOf(rt).set(token, secret);
    return Reply.json(201, { token });
  });

  router.add('GET', '/_sandbox/dingtalk/messages', (ctx) => {
    const token = ctx.query.get('token');
    return of(rt).filter((m) => !token || m.token === token);
  });
}
