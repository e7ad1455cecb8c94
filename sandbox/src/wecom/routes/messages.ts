import { randomBytes } from 'node:crypto';
import { jsonBody, type Router } from '../../http/router';
import type { Runtime } from '../../runtime';
import { qyError, qyOk } from '../errors';
import { qyCaller } from './guard';

const MSG_TYPES = ['text', 'image', 'voice', 'video', 'file', 'textcard', 'news', 'mpnews', 'markdown', 'miniprogram_notice', 'template_card'];

interface SendBody {
  touser?: string;
  toparty?: string;
  totag?: string;
  msgtype?: string;
  agentid?: number | string;
  [key: string]: unknown;
}

const split = (value: unknown) =>
  typeof value === 'string' && value
    ? value
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** POST /cgi-bin/message/send (wecom-and-pay.md A3): invalid recipients reported, 81013 when all are. */
export function qyMessageRoutes(router: Router, rt: Runtime): void {
  router.api('POST', '/cgi-bin/message/send', (ctx) => {
    const { corp, token } = qyCaller(rt, ctx, { roles: ['app'] });
    const body = jsonBody<SendBody>(ctx);
    if (body.agentid === undefined || body.agentid === '') throw qyError(41011);
    if (Number(body.agentid) !== token.agentId) throw qyError(301002);
    if (!body.msgtype || !MSG_TYPES.includes(body.msgtype)) throw qyError(40008);
    const payload = body[body.msgtype];
    if (!payload || typeof payload !== 'object') throw qyError(40058, `${body.msgtype} is required`);
    if (body.msgtype === 'text' && !(payload as { content?: unknown }).content) throw qyError(40058, 'text.content is required');
    const users = split(body.touser);
    const parties = split(body.toparty);
    const tags = split(body.totag);
    if (users.length > 1000 || parties.length > 100 || tags.length > 100) throw qyError(40058, 'too many recipients');
    const all = users.includes('@all');
    const invaliduser = all ? [] : users.filter((u) => !corp.members.has(u));
    const invalidparty = parties.filter((p) => !corp.departments.has(Number(p)));
    const invalidtag = tags.filter((t) => !corp.tags.has(Number(t)));
    const valid = all || users.length > invaliduser.length || parties.length > invalidparty.length || tags.length > invalidtag.length;
    if (!valid) throw qyError(81013);
    const msgid = randomBytes(24).toString('base64url');
    rt.state.wecom.recordMessage({
      corpId: corp.corpId,
      kind: 'app',
      msgid,
      agentid: token.agentId,
      msgtype: body.msgtype,
      touser: all ? ['@all'] : users.filter((u) => corp.members.has(u)),
      toparty: parties.filter((p) => corp.departments.has(Number(p))),
      totag: tags.filter((t) => corp.tags.has(Number(t))),
      payload: body,
    });
    return {
      ...qyOk(),
      invaliduser: invaliduser.map((u) => u.toLowerCase()).join('|'),
      invalidparty: invalidparty.join('|'),
      invalidtag: invalidtag.join('|'),
      unlicenseduser: '',
      msgid,
    };
  });
}
