/**
 * Content-API routes of the employees' WeCom H5 (/api/wecom/employee/...): a users-permissions JWT
 * from WeCom web login; the service answers 403 to any user not linked to a member.
 */
import { z } from 'zod';
import { dataOf, documented, pageOf, type RouteDoc } from '@wedraw/kit';
import { employeeMemberQuery } from '../services/employee-directory';
import { employeeGroupQuery, employeeRobotSettings, employeeRobotText, employeeStatsQuery } from '../services/employee-workspace';

/** Granted to the authenticated role in bootstrap: who is an employee is the service's check. */
export const EMPLOYEE_ACTIONS = [
  'plugin::wecom.employee.me',
  'plugin::wecom.employee.members',
  'plugin::wecom.employee.member',
  'plugin::wecom.employee.groups',
  'plugin::wecom.employee.group',
  'plugin::wecom.employee.groupStats',
  'plugin::wecom.employee.configureRobot',
  'plugin::wecom.employee.robots',
  'plugin::wecom.employee.sendToRobot',
];

const department = z.object({ id: z.number().int(), name: z.string() });
const memberCard = z
  .object({
    userid: z.string(),
    name: z.string(),
    position: z.string().nullable().describe('职务'),
    departments: z.array(department).describe('所在部门'),
  })
  .describe('通讯录成员');
const memberDetail = memberCard
  .extend({
    alias: z.string().nullable(),
    gender: z.string().nullable().describe('企业微信的性别：1 男，2 女，0 未定义'),
    mainDepartment: department.nullable().describe('主部门'),
    mobile: z.string().nullable().describe('手机号（脱敏，如 138****1234）'),
    email: z.string().nullable(),
    status: z.number().int().nullable().describe('企业微信的成员状态：1 已激活，2 已禁用，4 未激活'),
  })
  .describe('通讯录成员详情');
const groupCard = z
  .object({
    chatId: z.string(),
    name: z.string().nullable(),
    memberCount: z.number().int().describe('在群人数'),
    createTime: z.string().nullable(),
    notice: z.string().nullable().describe('群公告'),
  })
  .describe('客户群');
const errors = { 403: ['NotAnEmployee'] };
const statDay = z
  .object({
    day: z.string().describe('YYYY-MM-DD（北京时间）'),
    newChatCnt: z.number().int().describe('新增客户群'),
    chatTotal: z.number().int().describe('客户群总数'),
    newMemberCnt: z.number().int().describe('新增群成员'),
    memberTotal: z.number().int().describe('群成员总数'),
    msgTotal: z.number().int().describe('群消息数'),
  })
  .describe('一天的群聊数据');
const robotCard = z.object({
  code: z.string(),
  name: z.string(),
  chatName: z.string().nullable(),
  textAllowed: z.boolean(),
  canConfigure: z.boolean().describe('管理员是否允许我配置'),
  remark: z.string().nullable().optional().describe('仅可配置的成员可见'),
  allowedTypes: z.array(z.string()).optional().describe('仅可配置的成员可见'),
});

const DOCS: Record<string, RouteDoc> = {
  me: {
    summary: '当前登录的企业微信员工（工作台）',
    description: '需用企业微信网页登录得到的 JWT；不是企业成员的用户（如商城访客）返回 403 `NotAnEmployee`。',
    security: 'user',
    responses: { 200: dataOf(memberDetail.extend({ corpId: z.string(), corpName: z.string() })) },
    errors,
  },
  members: {
    summary: '通讯录：搜索本企业成员（分页）',
    description: '`q` 匹配姓名、UserID、别名或部门名称（含下级部门）；`department` 只看该部门及其下级。已离职成员不列出。仅企业成员可用。',
    security: 'user',
    query: employeeMemberQuery,
    responses: { 200: pageOf(memberCard) },
    errors,
  },
  member: {
    summary: '通讯录：成员详情（部门、职务、脱敏手机号）',
    security: 'user',
    params: z.object({ userid: z.string().describe('成员 UserID') }),
    responses: { 200: dataOf(memberDetail) },
    errors: { ...errors, 404: ['NotFoundError'] },
  },
  groups: {
    summary: '我的客户群：我作群主的客户群（分页）',
    description: '`q` 按群名筛选；已解散的群不列出。',
    security: 'user',
    query: employeeGroupQuery,
    responses: { 200: pageOf(groupCard) },
    errors,
  },
  group: {
    summary: '我的客户群：群详情与在群成员',
    security: 'user',
    params: z.object({ chatId: z.string().describe('客户群 ID') }),
    responses: {
      200: dataOf(
        groupCard.extend({
          members: z.array(
            z.object({ memberId: z.string(), name: z.string().nullable(), type: z.enum(['member', 'customer']), joinTime: z.string().nullable() }),
          ),
        }),
      ),
    },
    errors: { ...errors, 404: ['NotFoundError'] },
  },
  robots: {
    summary: '群机器人：管理员允许我使用的机器人',
    security: 'user',
    description: 'Webhook 密钥永不返回；备注与允许的消息类型只给管理员允许配置的成员。',
    responses: { 200: dataOf(z.array(robotCard)) },
    errors,
  },
  configureRobot: {
    summary: '群机器人：配置名称、备注、允许的消息类型（管理员允许配置的成员）',
    description: '不能改 Webhook、所在群和可使用的成员；能使用但未被允许配置的成员 403 `NotARobotEditor`；看不到的机器人 404。',
    security: 'user',
    params: z.object({ code: z.string().describe('机器人编码') }),
    body: employeeRobotSettings,
    responses: { 200: dataOf(robotCard) },
    errors: { 403: ['NotAnEmployee', 'NotARobotEditor'], 400: ['ValidationError'], 404: ['NotFoundError'] },
  },
  groupStats: {
    summary: '我的客户群：我作群主的每日群聊数据（近 N 天）',
    description:
      '来自企业微信 `groupchat/statistic_group_by_day`（按天、仅本人作群主的群）；企业微信只提供昨天及以前的数据，打开时补拉缺少的天与昨天。`days` 7–90，默认 30。',
    security: 'user',
    query: employeeStatsQuery,
    responses: { 200: dataOf(z.object({ from: z.string(), to: z.string(), days: z.array(statDay) })) },
    errors,
  },
  sendToRobot: {
    summary: '群机器人：发送一条文本（进入队列，每个机器人每分钟最多 20 条）',
    description: '机器人不允许文本类型时 400（字段 msgtype）；不能使用的机器人 404。',
    security: 'user',
    params: z.object({ code: z.string().describe('机器人编码') }),
    body: employeeRobotText,
    responses: { 202: dataOf(z.object({ documentId: z.string(), status: z.string(), createdAt: z.string() })) },
    errors: { ...errors, 400: ['ValidationError'], 404: ['NotFoundError'] },
  },
};

export const employeeRoutes = [
  documented({ method: 'GET', path: '/employee/me', handler: 'employee.me', config: {} }, DOCS.me!),
  documented({ method: 'GET', path: '/employee/members', handler: 'employee.members', config: {} }, DOCS.members!),
  documented({ method: 'GET', path: '/employee/members/:userid', handler: 'employee.member', config: {} }, DOCS.member!),
  documented({ method: 'GET', path: '/employee/groups', handler: 'employee.groups', config: {} }, DOCS.groups!),
  documented({ method: 'GET', path: '/employee/group-stats', handler: 'employee.groupStats', config: {} }, DOCS.groupStats!),
  documented({ method: 'GET', path: '/employee/groups/:chatId', handler: 'employee.group', config: {} }, DOCS.group!),
  documented({ method: 'GET', path: '/employee/robots', handler: 'employee.robots', config: {} }, DOCS.robots!),
  documented({ method: 'PUT', path: '/employee/robots/:code', handler: 'employee.configureRobot', config: {} }, DOCS.configureRobot!),
  documented({ method: 'POST', path: '/employee/robots/:code/messages', handler: 'employee.sendToRobot', config: {} }, DOCS.sendToRobot!),
];
