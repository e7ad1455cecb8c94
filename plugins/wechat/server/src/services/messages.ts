import type { Core } from '@strapi/strapi';
import { DEFAULT_PAGE_SIZE, pageWindow, paginationMeta, type Pagination } from '@wedraw/kit';
import { groupCommit } from './group-commit';
import { UID } from '../lib/uids';
import type { XmlFields } from '@wedraw/wechat-protocol';

/**
 * Incoming messages and menu events kept for operators, readable per fan. A callback waits until
 * its message is stored before answering; messages arriving together share one INSERT.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = groupCommit<Record<string, unknown>>(async (rows) => {
    await strapi.db.query(UID.message).createMany({ data: rows });
  });

  return {
    record(appId: string, msg: XmlFields, at: Date, replied: boolean): Promise<void> {
      return store({
        appId,
        openid: msg.FromUserName,
        msgType: msg.MsgType,
        event: msg.Event || null,
        eventKey: msg.EventKey || null,
        content: msg.Content ?? null,
        msgId: msg.MsgId || null,
        receivedAt: at,
        replied,
      });
    },

    async forFan(appId: string, openid: string, page: Pagination = { page: 1, pageSize: DEFAULT_PAGE_SIZE }) {
      const where = { appId, openid };
      const [rows, total] = await Promise.all([
        strapi.db.query(UID.message).findMany({
          where,
          orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
          ...pageWindow(page),
        }),
        strapi.db.query(UID.message).count({ where }),
      ]);
      return { results: rows, ...paginationMeta(page, total) };
    },
  };
};
