import { jsonBody, type Router } from '../../http/router';
import type { Runtime } from '../../runtime';
import { qyError, qyOk } from '../errors';
import { callerIp } from './guard';

/** 20 messages per minute per robot (reference §4.7). */
export const ROBOT_PER_MINUTE = 20;
const LIMITS: Record<string, number> = { text: 2048, markdown: 4096 };

/** A group robot's webhook (reference §4.7): the key is the only credential; text and markdown. */
export function qyWebhookRoutes(router: Router, rt: Runtime): void {
  router.api('POST', '/cgi-bin/webhook/send', (ctx) => {
    const wecom = rt.state.wecom;
    const key = ctx.query.get('key') ?? '';
    const corp = [...wecom.corps.values()].find((c) => c.config.robots.some((r) => r.key === key));
    if (!corp)
      throw qyError(93000, `hint: [${Date.now().toString(36)}], from ip: ${callerIp(ctx)}, more info at https://open.work.weixin.qq.com/devtool/query?e=93000`);
    ctx.appId = corp.corpId;
    const now = rt.state.clock.now();
    const recent = (wecom.robotSends.get(key) ?? []).filter((at) => at > now - 60_000);
    if (recent.length >= ROBOT_PER_MINUTE) throw qyError(45009);
    const body = jsonBody<{
      msgtype?: string;
      text?: { content?: string; mentioned_list?: string[]; mentioned_mobile_list?: string[] };
      markdown?: { content?: string };
    }>(ctx);
    const limit = LIMITS[body.msgtype ?? ''];
    if (!limit) throw qyError(40008);
    const content = (body.msgtype === 'text' ? body.text?.content : body.markdown?.content) ?? '';
    if (!content) throw qyError(40058, `${body.msgtype}.content is required`);
    if (Buffer.byteLength(content, 'utf8') > limit) throw qyError(40058, `content exceeds ${limit} bytes`);
    recent.push(now);
    wecom.robotSends.set(key, recent);
    wecom.recordMessage({ corpId: corp.corpId, kind: 'robot', robotKey: key, msgtype: body.msgtype as string, payload: body });
    return qyOk();
  });
}
