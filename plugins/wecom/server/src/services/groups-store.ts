import type { Core } from '@strapi/strapi';
import type { XmlFields } from '@wedraw/wechat-protocol';
import { WecomError } from '../clients/wecom-client';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import { upsertByKey } from '../lib/upsert';
import type { WecomCorp } from './corps';

/** A group as `groupchat/get` answers (`group_chat`). */
export interface WecomGroupChat {
  chat_id: string;
  name?: string;
  owner?: string;
  create_time?: number;
  notice?: string;
  member_list?: { userid: string; type?: number; join_time?: number; join_scene?: number; invitor?: { userid?: string }; name?: string }[];
  admin_list?: { userid: string }[];
  member_version?: string;
}

/** WeCom's answer for a group that is gone. */
const GROUP_GONE = new Set([86001, 40050]);

/** Who left in a push: `MemChangeList` carries one `<Item>` or several (the XML reader gives JSON). */
function changedIds(msg: XmlFields): string[] {
  const raw = msg.MemChangeList;
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw) as { Item?: string | string[] };
    return Array.isArray(parsed.Item) ? parsed.Item : parsed.Item ? [parsed.Item] : [];
  } catch {
    return [];
  }
}

/**
 * WeDraw's mirror of customer groups: a change re-reads the group (`groupchat/get`, WeCom's truth,
 * so pushes in any order converge); members no longer listed are kept with `leftAt` and, when the
 * push said so, the quit scene (0 left, 1 removed).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const members = () => strapi.db.query(UID.customerGroupMember);

  async function save(corpId: string, g: WecomGroupChat, status: number, quit: { ids: string[]; scene: number | null }): Promise<void> {
    const now = new Date();
    const list = g.member_list ?? [];
    await upsertByKey(
      strapi,
      UID.customerGroup,
      [
        {
          corpId,
          chatId: g.chat_id,
          key: `${corpId}:${g.chat_id}`,
          name: g.name ?? '',
          owner: g.owner ?? null,
          notice: g.notice ?? '',
          createTime: g.create_time ? new Date(g.create_time * 1000) : null,
          memberCount: list.length,
          memberVersion: g.member_version ?? null,
          status,
          dismissedAt: null,
          syncedAt: now,
        },
      ],
      ['name', 'owner', 'notice', 'createTime', 'memberCount', 'memberVersion', 'status', 'dismissedAt', 'syncedAt'],
    );
    await upsertByKey(
      strapi,
      UID.customerGroupMember,
      list.map((m) => ({
        corpId,
        chatId: g.chat_id,
        memberId: m.userid,
        key: `${corpId}:${g.chat_id}:${m.userid}`,
        type: m.type ?? null,
        name: m.name ?? null,
        joinTime: m.join_time ? new Date(m.join_time * 1000) : null,
        joinScene: m.join_scene ?? null,
        invitor: m.invitor?.userid ?? null,
        leftAt: null,
        quitScene: null,
      })),
      ['type', 'name', 'joinTime', 'joinScene', 'invitor', 'leftAt', 'quitScene'],
    );
    const present = list.map((m) => m.userid);
    const gone = (await members().findMany({
      where: { corpId, chatId: g.chat_id, leftAt: null, ...(present.length ? { memberId: { $notIn: present } } : {}) },
      select: ['id', 'memberId'],
    })) as { id: number; memberId: string }[];
    for (const m of gone) {
      await members().update({ where: { id: m.id }, data: { leftAt: now, quitScene: quit.ids.includes(m.memberId) ? quit.scene : null } });
    }
    // A leave pushed after a later change (out of order) was already applied by that change's re-read,
    // without a scene: the late push still tells how they left, as long as WeCom agrees they are gone.
    const late = quit.ids.filter((id) => !present.includes(id));
    if (late.length && quit.scene !== null)
      await members().updateMany({
        where: { corpId, chatId: g.chat_id, memberId: { $in: late }, leftAt: { $notNull: true }, quitScene: null },
        data: { quitScene: quit.scene },
      });
  }

  return {
    /** Re-reads a group and saves WeCom's truth; a group WeCom no longer has is marked dismissed. */
    async reread(corp: WecomCorp, chatId: string, status = 0, quit: { ids: string[]; scene: number | null } = { ids: [], scene: null }): Promise<void> {
      const client = services(strapi).clients.client(corp, 'customer');
      try {
        const { group_chat: g } = await client.post<{ group_chat: WecomGroupChat }>('/cgi-bin/externalcontact/groupchat/get', {
          chat_id: chatId,
          need_name: 1,
        });
        await save(corp.corpId, g, status, quit);
      } catch (err) {
        if (err instanceof WecomError && GROUP_GONE.has(err.errcode)) return this.dismissed(corp.corpId, chatId);
        throw err;
      }
    },

    async dismissed(corpId: string, chatId: string): Promise<void> {
      await strapi.db.query(UID.customerGroup).updateMany({ where: { key: `${corpId}:${chatId}`, dismissedAt: null }, data: { dismissedAt: new Date() } });
    },

    /** A `change_external_chat` push: create/update re-read the group, dismiss marks it. */
    async apply(corp: WecomCorp, msg: XmlFields): Promise<void> {
      const chatId = msg.ChatId ?? '';
      if (!chatId) return;
      if (msg.ChangeType === 'dismiss') return this.dismissed(corp.corpId, chatId);
      const quit =
        msg.UpdateDetail === 'del_member'
          ? { ids: changedIds(msg), scene: msg.QuitScene === undefined ? null : Number(msg.QuitScene) }
          : { ids: [], scene: null };
      // Known groups keep their WeCom status (list gives it); a new one starts normal.
      const known = (await strapi.db.query(UID.customerGroup).findOne({ where: { key: `${corp.corpId}:${chatId}` }, select: ['status'] })) as {
        status: number;
      } | null;
      await this.reread(corp, chatId, known?.status ?? 0, quit);
    },
  };
};
