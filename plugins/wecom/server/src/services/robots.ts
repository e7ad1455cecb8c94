import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { fieldError, isUniqueViolation, notFound, parse } from '@wedraw/kit';
import { explain } from '../clients/errcodes';
import { RobotWebhook, webhookKeyOf } from '../clients/robot-webhook';
import { WecomError } from '../clients/wecom-client';
import { wecomConfig } from '../config';
import { ROBOT_MSG_TYPES } from '../lib/robot-content';
import { decryptSecret, encryptSecret } from '../lib/secrets';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import type { Account } from './accounts';
import { DEFAULT_TENANT, withAccountSlot } from '../lib/tenant-accounts';

export interface RobotRow {
  id: number;
  documentId: string;
  code: string;
  name: string;
  corpId: string;
  webhookKey: string;
  chatName: string | null;
  allowedTypes: string[] | null;
  employeeUserids?: string[] | null;
  editorUserids?: string[] | null;
  remark?: string | null;
  createdAt: string;
  updatedAt: string;
}

const webhookField = z.string().trim().min(1, '必填：群机器人的 Webhook 地址').max(512);
const allowedTypes = z.array(z.enum(ROBOT_MSG_TYPES)).min(1, '至少允许一种消息类型').max(ROBOT_MSG_TYPES.length);
/** Members who may send through the robot from the WeCom H5 (none by default). */
const employeeUserids = z.array(z.string().trim().min(1).max(64)).max(500, '最多 500 名成员');
/** Members who may also change the robot's name, remark and message types from the WeCom H5 (never its webhook). */
const editorUserids = z.array(z.string().trim().min(1).max(64)).max(500, '最多 500 名成员');
const remark = z.string().trim().max(200, '不超过 200 个字符');

export const robotInput = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{1,63}$/, '编码为 2–64 位小写字母、数字或 -'),
    name: z.string().trim().min(1, '必填').max(100),
    corpId: z.string().trim().min(1, '必填'),
    webhook: webhookField,
    chatName: z.string().trim().max(100).optional(),
    allowedTypes: allowedTypes.default([...ROBOT_MSG_TYPES]),
    employeeUserids: employeeUserids.default([]),
    editorUserids: editorUserids.default([]),
    remark: remark.optional(),
    /** The message center tenant whose sends may use the robot (default: the built-in one, the admin's). */
    tenant: z.string().trim().min(1, '必填').max(64).optional(),
  })
  .strict();

export const robotUpdate = z
  .object({
    name: z.string().trim().min(1, '必填').max(100).optional(),
    webhook: webhookField.optional(),
    chatName: z.string().trim().max(100).optional(),
    allowedTypes: allowedTypes.optional(),
    employeeUserids: employeeUserids.optional(),
    editorUserids: editorUserids.optional(),
    remark: remark.optional(),
    /** Another tenant for the robot (its sending account moves, under a free slot of that tenant). */
    tenant: z.string().trim().min(1, '必填').max(64).optional(),
  })
  .strict();

/** The key of a webhook URL or bare key, or a 400 naming `webhook`. */
function keyOf(input: string): string {
  const key = webhookKeyOf(input);
  if (!/^[A-Za-z0-9-]{8,128}$/.test(key)) throw fieldError('webhook', '应为群机器人的 Webhook 地址（…/cgi-bin/webhook/send?key=…）或其中的 key');
  return key;
}

type Check = { ok: true } | { ok: false; errcode: number | null; message: string };

/**
 * Group robots (群机器人): the webhook key encrypted at rest and write-only (no answer, log or error
 * carries it), the group it sits in, the message types it may send. A robot is also a sending
 * account of kind wecom-robot (same code) with the accounts lifecycle: its check is a webhook call
 * WeCom refuses without sending (an empty body): 93000 = the key is unknown → error.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(UID.robot);

  async function byCode(code: string): Promise<RobotRow> {
    const row = (await rows().findOne({ where: { code } })) as RobotRow | null;
    if (!row) throw notFound('群机器人不存在');
    return row;
  }

  const view = (r: RobotRow, account: Account | null) => ({
    documentId: r.documentId,
    code: r.code,
    name: r.name,
    corpId: r.corpId,
    chatName: r.chatName,
    allowedTypes: r.allowedTypes ?? [...ROBOT_MSG_TYPES],
    employeeUserids: r.employeeUserids ?? [],
    editorUserids: r.editorUserids ?? [],
    remark: r.remark ?? null,
    hasWebhook: Boolean(r.webhookKey),
    status: account?.status ?? null,
    lastError: account?.lastError ?? null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  });

  const accountOf = (code: string) => strapi.db.query(UID.account).findOne({ where: { code } }) as Promise<Account | null>;

  return {
    async list() {
      const robots = (await rows().findMany({ orderBy: { id: 'asc' } })) as RobotRow[];
      const accounts = (await strapi.db.query(UID.account).findMany({ where: { kind: 'wecom-robot' } })) as Account[];
      return robots.map((r) => view(r, accounts.find((a) => a.code === r.code) ?? null));
    },

    async get(code: string) {
      return view(await byCode(code), await accountOf(code));
    },

    /** The robot row (key still encrypted): for the sender and the channel. */
    find(code: string): Promise<RobotRow | null> {
      return rows().findOne({ where: { code } }) as Promise<RobotRow | null>;
    },

    async create(input: unknown, operator: string) {
      const data = parse(robotInput, input);
      const key = keyOf(data.webhook);
      if (!(await services(strapi).corps.get(data.corpId))) throw fieldError('corpId', '没有这个企业');
      if (await accountOf(data.code)) throw fieldError('code', '该编码已被其他发送账号使用');
      // The robot and its sending account are written together, under a free account slot of the tenant.
      const row = await withAccountSlot(strapi, data.tenant ?? DEFAULT_TENANT, async () => {
        let created: RobotRow;
        try {
          created = (await rows().create({
            data: {
              code: data.code,
              name: data.name,
              corpId: data.corpId,
              webhookKey: encryptSecret(key),
              chatName: data.chatName ?? null,
              allowedTypes: data.allowedTypes,
              employeeUserids: data.employeeUserids,
              editorUserids: data.editorUserids,
              remark: data.remark ?? null,
            },
          })) as RobotRow;
        } catch (err) {
          if (isUniqueViolation(err)) throw fieldError('code', '该编码已存在');
          throw err;
        }
        await services(strapi).accounts.createRobotAccount(
          { code: created.code, name: created.name, corpId: created.corpId, tenant: data.tenant ?? DEFAULT_TENANT },
          operator,
        );
        return created;
      });
      const account = await services(strapi).accounts.firstCheck(row.code, operator);
      return { ...view(row, null), status: account.status, lastError: account.lastError };
    },

    async update(code: string, input: unknown, operator: string) {
      const data = parse(robotUpdate, input);
      const robot = await byCode(code);
      const change: Record<string, unknown> = {};
      if (data.name !== undefined) change.name = data.name;
      if (data.chatName !== undefined) change.chatName = data.chatName;
      if (data.allowedTypes !== undefined) change.allowedTypes = data.allowedTypes;
      if (data.employeeUserids !== undefined) change.employeeUserids = data.employeeUserids;
      if (data.editorUserids !== undefined) change.editorUserids = data.editorUserids;
      if (data.remark !== undefined) change.remark = data.remark;
      if (data.webhook !== undefined) change.webhookKey = encryptSecret(keyOf(data.webhook));
      if (data.tenant !== undefined) await services(strapi).accounts.update(code, { tenant: data.tenant }, operator);
      const row = (await rows().update({ where: { id: robot.id }, data: change })) as RobotRow;
      if (data.name !== undefined) await strapi.db.query(UID.account).update({ where: { code }, data: { name: data.name } });
      // A new webhook is checked at once: the account follows what WeCom says of it.
      if (data.webhook !== undefined) await services(strapi).accounts.recheck(code, operator);
      return view(row, await accountOf(code));
    },

    /** The robot's webhook client (the key decrypted in memory only). */
    async webhook(robot: RobotRow): Promise<RobotWebhook> {
      const corp = await services(strapi).corps.require(robot.corpId);
      return new RobotWebhook(corp.apiBase, decryptSecret(robot.webhookKey), wecomConfig(strapi).httpTimeoutMs);
    },

    /** The account check: an empty body is refused with 40008 by a known key, 93000 by an unknown one; nothing is sent. */
    async probe(code: string): Promise<Check> {
      try {
        const robot = await byCode(code);
        await (await this.webhook(robot)).send({});
        return { ok: true };
      } catch (err) {
        if (!(err instanceof WecomError)) return { ok: false, errcode: null, message: (err as Error).message };
        if (err.errcode === 93000 || err.errcode === -1) return { ok: false, errcode: err.errcode, message: explain(err.errcode, err.errmsg) };
        return { ok: true };
      }
    },
  };
};
