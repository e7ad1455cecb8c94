import { randomBytes } from 'node:crypto';
import { jsonBody, type Router } from '../../http/router';
import type { Runtime } from '../../runtime';
import { qyError, qyOk } from '../errors';
import type { CorpState } from '../state/corp-state';
import { qyCaller } from './guard';

/** A group chat an app created (`appchat/create`): internal members only, 2..2000. */
export interface AppChat {
  chatid: string;
  name: string;
  owner: string;
  userlist: string[];
  /** The app that created it: only that app may change it or send to it. */
  agentId: number;
  createdAt: number;
}

const CHAT_TYPES = ['text', 'image', 'voice', 'video', 'file', 'textcard', 'news', 'mpnews', 'markdown'];
const MAX_MEMBERS = 2000;
/** Chats per corp; a reset builds new corps, so their chats go with them. */
const chats = new WeakMap<CorpState, Map<string, AppChat>>();

export function appChatsOf(corp: CorpState): Map<string, AppChat> {
  let map = chats.get(corp);
  if (!map) chats.set(corp, (map = new Map()));
  return map;
}

const userids = (value: unknown): string[] | null => (Array.isArray(value) && value.every((u) => typeof u === 'string') ? (value as string[]) : null);

/**
 * App-created group chats (wecom-and-pay.md A2 note, A5 limits): `appchat/create`, `get`,
 * `update` (add/remove members, rename, new owner) and `send`, with an app's token. Chats of
 * another app answer 86003 as unknown ones do (the sandbox's choice).
 */
export function qyAppChatRoutes(router: Router, rt: Runtime): void {
  const chatOf = (corp: CorpState, agentId: number, chatid: unknown): AppChat => {
    if (typeof chatid !== 'string' || !chatid) throw qyError(86001);
    const chat = appChatsOf(corp).get(chatid);
    if (!chat || chat.agentId !== agentId) throw qyError(86003);
    return chat;
  };

  router.api('POST', '/cgi-bin/appchat/create', (ctx) => {
    const { corp, token } = qyCaller(rt, ctx, { roles: ['app'] });
    const body = jsonBody<{ name?: string; owner?: string; userlist?: unknown; chatid?: string }>(ctx);
    const list = userids(body.userlist);
    if (!list || new Set(list).size < 2 || list.length > MAX_MEMBERS) throw qyError(86006);
    const unknown = list.filter((u) => !corp.members.has(u));
    if (unknown.length) throw qyError(86216, `userid ${unknown[0]}`);
    if (body.owner !== undefined && !list.includes(body.owner)) throw qyError(86005);
    if (body.name !== undefined && (typeof body.name !== 'string' || body.name.length > 50)) throw qyError(86004);
    if (body.chatid !== undefined && !/^[0-9a-zA-Z]{1,32}$/.test(body.chatid)) throw qyError(86001);
    const chatid = body.chatid ?? `wr${randomBytes(12).toString('hex')}`;
    if (appChatsOf(corp).has(chatid)) throw qyError(86215);
    const chat: AppChat = {
      chatid,
      name: body.name ?? '',
      owner: body.owner ?? (list[0] as string),
      userlist: [...new Set(list)],
      agentId: token.agentId as number,
      createdAt: rt.state.clock.now(),
    };
    appChatsOf(corp).set(chatid, chat);
    return { ...qyOk(), chatid };
  });

  router.api('GET', '/cgi-bin/appchat/get', (ctx) => {
    const { corp, token } = qyCaller(rt, ctx, { roles: ['app'] });
    const chat = chatOf(corp, token.agentId as number, ctx.query.get('chatid'));
    return { ...qyOk(), chat_info: { chatid: chat.chatid, name: chat.name, owner: chat.owner, userlist: chat.userlist, chat_type: 0 } };
  });

  router.api('POST', '/cgi-bin/appchat/update', (ctx) => {
    const { corp, token } = qyCaller(rt, ctx, { roles: ['app'] });
    const body = jsonBody<{ chatid?: string; name?: string; owner?: string; add_user_list?: unknown; del_user_list?: unknown }>(ctx);
    const chat = chatOf(corp, token.agentId as number, body.chatid);
    const add = body.add_user_list === undefined ? [] : userids(body.add_user_list);
    const del = body.del_user_list === undefined ? [] : userids(body.del_user_list);
    if (!add || !del) throw qyError(40058, 'add_user_list and del_user_list are lists of userids');
    const unknown = add.filter((u) => !corp.members.has(u));
    if (unknown.length) throw qyError(86216, `userid ${unknown[0]}`);
    const next = [...new Set([...chat.userlist.filter((u) => !del.includes(u)), ...add])];
    if (next.length < 2 || next.length > MAX_MEMBERS) throw qyError(86006);
    const owner = body.owner ?? chat.owner;
    if (!next.includes(owner)) throw qyError(86005);
    if (body.name !== undefined && (typeof body.name !== 'string' || body.name.length > 50)) throw qyError(86004);
    Object.assign(chat, { userlist: next, owner, name: body.name ?? chat.name });
    return qyOk();
  });

  router.api('POST', '/cgi-bin/appchat/send', (ctx) => {
    const { corp, token } = qyCaller(rt, ctx, { roles: ['app'] });
    const body = jsonBody<{ chatid?: string; msgtype?: string; [key: string]: unknown }>(ctx);
    const chat = chatOf(corp, token.agentId as number, body.chatid);
    if (!body.msgtype || !CHAT_TYPES.includes(body.msgtype)) throw qyError(40008);
    const payload = body[body.msgtype] as { content?: unknown } | undefined;
    if (!payload || typeof payload !== 'object') throw qyError(40058, `${body.msgtype} is required`);
    if ((body.msgtype === 'text' || body.msgtype === 'markdown') && !payload.content) throw qyError(40058, `${body.msgtype}.content is required`);
    rt.state.wecom.recordMessage({
      corpId: corp.corpId,
      kind: 'appchat',
      chatid: chat.chatid,
      agentid: token.agentId,
      msgtype: body.msgtype,
      touser: chat.userlist,
      payload: body,
    });
    return qyOk();
  });
}
