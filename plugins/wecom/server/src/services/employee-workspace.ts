import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import createError from 'http-errors';
import { notFound, pageWindow, pagination, paginationMeta, parse } from '@wedraw/kit';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import { ROBOT_MSG_TYPES } from '../lib/robot-content';
import type { RobotRow } from './robots';

export const employeeGroupQuery = pagination.extend({ q: z.string().trim().max(64).optional() });
/** What an employee sends from the H5: text only (the admin's robot page has every type). */
export const employeeRobotText = z.object({ content: z.string().trim().min(1, '必填').max(2048, '不超过 2048 个字符') }).strict();

/** What an allowed member may change from the H5 (配置): never the webhook, the group or who may use it. */
export const employeeRobotSettings = z
  .object({
    name: z.string().trim().min(1, '必填').max(100).optional(),
    remark: z.string().trim().max(200, '不超过 200 个字符').optional(),
    allowedTypes: z.array(z.enum(ROBOT_MSG_TYPES)).min(1, '至少允许一种消息类型').max(ROBOT_MSG_TYPES.length).optional(),
  })
  .strict();
export const employeeStatsQuery = z.object({ days: z.coerce.number().int().min(7).max(90).default(30) });

type Row = Record<string, unknown>;
const canUse = (r: RobotRow, userid: string) => (r.employeeUserids ?? []).includes(userid) || canEdit(r, userid);
const canEdit = (r: RobotRow, userid: string) => (r.editorUserids ?? []).includes(userid);
const robotCard = (r: RobotRow, userid: string) => ({
  code: r.code,
  name: r.name,
  chatName: r.chatName ?? null,
  textAllowed: (r.allowedTypes ?? ['text']).includes('text'),
  canConfigure: canEdit(r, userid),
  // The settings only to those who may change them; the webhook key to nobody.
  ...(canEdit(r, userid) ? { remark: r.remark ?? null, allowedTypes: r.allowedTypes ?? [...ROBOT_MSG_TYPES] } : {}),
});
const groupCard = (g: Row) => ({ chatId: g.chatId, name: g.name, memberCount: g.memberCount, createTime: g.createTime, notice: g.notice || null });

/**
 * The employee's own side of the WeCom H5: the customer groups they own (群主), and the robots the
 * admin lets them use (a robot's `employeeUserids`; its `editorUserids` may also change its settings),
 * with a text send through the robot's queue; their own daily group statistics.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const me = (userId: number) => services(strapi).employeeDirectory.identity(userId);

  async function myRobot(userId: number, code: string): Promise<{ robot: RobotRow; userid: string }> {
    const { corpId, userid } = await me(userId);
    const robot = await services(strapi).robots.find(code);
    if (!robot || robot.corpId !== corpId || !canUse(robot, userid)) throw notFound('群机器人不存在或你没有使用权限');
    return { robot, userid };
  }

  return {
    /** 我的客户群: groups the employee owns, not dismissed, newest first. */
    async groups(userId: number, query: unknown) {
      const { corpId, userid } = await me(userId);
      const f = parse(employeeGroupQuery, query);
      const where = { corpId, owner: userid, dismissedAt: null, ...(f.q ? { name: { $contains: f.q } } : {}) };
      const [rows, total] = await Promise.all([
        strapi.db.query(UID.customerGroup).findMany({ where, orderBy: [{ createTime: 'desc' }, { id: 'desc' }], ...pageWindow(f) }) as Promise<Row[]>,
        strapi.db.query(UID.customerGroup).count({ where }),
      ]);
      return { results: rows.map(groupCard), ...paginationMeta(f, total) };
    },

    /** One of the employee's groups with its members in the group now (404 for anyone else's). */
    async group(userId: number, chatId: string) {
      const { corpId, userid } = await me(userId);
      const g = (await strapi.db.query(UID.customerGroup).findOne({ where: { key: `${corpId}:${chatId}` } })) as Row | null;
      if (!g || g.owner !== userid || g.dismissedAt) throw notFound('客户群不存在');
      const members = (await strapi.db
        .query(UID.customerGroupMember)
        .findMany({ where: { corpId, chatId, leftAt: null }, orderBy: [{ joinTime: 'asc' }, { id: 'asc' }] })) as Row[];
      return {
        ...groupCard(g),
        members: members.map((m) => ({ memberId: m.memberId, name: m.name, type: m.type === 1 ? 'member' : 'customer', joinTime: m.joinTime })),
      };
    },

    /** 群机器人: the robots the admin lets this employee use. */
    async robots(userId: number) {
      const { corpId, userid } = await me(userId);
      const rows = (await strapi.db.query(UID.robot).findMany({ where: { corpId }, orderBy: { id: 'asc' } })) as RobotRow[];
      return rows.filter((r) => canUse(r, userid)).map((r) => robotCard(r, userid));
    },

    /** 配置: a member the admin made an editor changes the name, remark or message types (403 for a user only). */
    async configureRobot(userId: number, code: string, body: unknown) {
      const { robot, userid } = await myRobot(userId, code);
      if (!canEdit(robot, userid)) throw createError(403, '管理员没有允许你配置这个机器人', { name: 'NotARobotEditor' });
      const settings = parse(employeeRobotSettings, body);
      await services(strapi).robots.update(robot.code, settings, `wecom:${userid}`);
      return robotCard((await services(strapi).robots.find(robot.code)) as RobotRow, userid);
    },

    /** 群统计: the employee's own daily figures as group owner (refreshed from WeCom's per-day statistics). */
    async groupStats(userId: number, query: unknown) {
      const { corpId, userid } = await me(userId);
      const { days } = parse(employeeStatsQuery, query);
      return services(strapi).groupStats.mine(corpId, userid, days);
    },

    /** A text through the robot's queue (≤ 20 a minute per robot, like every other send). */
    async sendText(userId: number, code: string, body: unknown) {
      const { robot, userid } = await myRobot(userId, code);
      const { content } = parse(employeeRobotText, body);
      const delivery = services(strapi).robotsDelivery;
      const row = await delivery.record(robot.code, { msgtype: 'text', text: { content } }, { source: 'employee', operator: `wecom:${userid}` });
      const { documentId, status, createdAt } = delivery.view(row);
      return { documentId, status, createdAt };
    },
  };
};
