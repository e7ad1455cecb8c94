import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { businessError, fieldError, parse, validationError, problemsOf, notFound } from '@wedraw/kit';
import { refused } from '../clients/errcodes';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import { appMessageContent } from '../lib/app-message';
import type { Account } from './accounts';

export interface AppChatRow {
  id: number;
  chatid: string;
  name: string | null;
  owner: string | null;
  userlist: string[] | null;
  corpId: string;
  account: string;
  createdAt: string;
}

const userid = z.string().trim().min(1).max(64);
export const appChatInput = z
  .object({
    account: z.string().trim().min(1, '必填：企业应用发送账号编码'),
    name: z.string().trim().max(50, '不超过 50 个字符').optional(),
    owner: userid.optional(),
    userlist: z.array(userid).min(2, '至少 2 名成员').max(2000, '最多 2000 名成员'),
    chatid: z
      .string()
      .regex(/^[0-9a-zA-Z]{1,32}$/, '1–32 位字母或数字')
      .optional(),
  })
  .strict();

const view = (r: AppChatRow) => ({
  chatid: r.chatid,
  name: r.name,
  owner: r.owner,
  userlist: r.userlist ?? [],
  corpId: r.corpId,
  account: r.account,
  createdAt: r.createdAt,
});

/**
 * App chats (应用群聊): group chats of members that a corp app creates (`appchat/create`) and sends
 * to (`appchat/send`), through a sending account of kind wecom-app. WeCom checks the members and
 * the owner; its refusal is a 409 `WecomRefused` and nothing is stored.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(UID.appchat);

  async function appAccount(code: string, field = 'account'): Promise<Account> {
    const account = (await strapi.db.query(UID.account).findOne({ where: { code } })) as Account | null;
    if (!account || account.kind !== 'wecom-app' || !account.agentId) throw fieldError(field, '未知的企业应用发送账号');
    if (account.status === 'offline') throw businessError('AccountUnavailable', `发送账号「${account.name}」已下线`, { account: code });
    return account;
  }

  async function client(account: Account) {
    const corp = await services(strapi).corps.require(account.corpId);
    return services(strapi).clients.client(corp, `app:${account.agentId as number}`);
  }

  return {
    async list() {
      return ((await rows().findMany({ orderBy: { id: 'desc' }, limit: 500 })) as AppChatRow[]).map(view);
    },

    find(chatid: string): Promise<AppChatRow | null> {
      return rows().findOne({ where: { chatid } }) as Promise<AppChatRow | null>;
    },

    async create(input: unknown) {
      const data = parse(appChatInput, input);
      if (data.owner && !data.userlist.includes(data.owner)) throw fieldError('owner', '群主须是群成员之一');
      const account = await appAccount(data.account);
      let chatid: string;
      try {
        const answer = await (
          await client(account)
        ).post<{ chatid: string }>('/cgi-bin/appchat/create', { name: data.name, owner: data.owner, userlist: data.userlist, chatid: data.chatid });
        chatid = answer.chatid;
      } catch (err) {
        throw refused(err);
      }
      const row = (await rows().create({
        data: { chatid, name: data.name ?? '', owner: data.owner ?? data.userlist[0], userlist: data.userlist, corpId: account.corpId, account: account.code },
      })) as AppChatRow;
      return view(row);
    },

    /** Sends one message (WeCom's body without the chat) now; WeCom's refusal is a 409. */
    async send(chatid: string, content: unknown) {
      const chat = await this.find(chatid);
      if (!chat) throw notFound('群聊不存在');
      const parsed = appMessageContent.safeParse(content);
      if (!parsed.success) throw validationError(problemsOf(parsed.error));
      const account = await appAccount(chat.account);
      try {
        await (await client(account)).post('/cgi-bin/appchat/send', { chatid, ...parsed.data });
      } catch (err) {
        throw refused(err);
      }
      return { chatid, sent: true };
    },

    /** The app client of a chat's account (the message center's channel). */
    async clientOf(chat: AppChatRow) {
      const account = (await strapi.db.query(UID.account).findOne({ where: { code: chat.account } })) as Account | null;
      if (!account || !account.agentId) return null;
      return { account, client: await client(account) };
    },
  };
};
