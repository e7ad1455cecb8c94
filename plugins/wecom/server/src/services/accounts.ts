import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { businessError, fieldError, isUniqueViolation, notFound, parse } from '@wedraw/kit';
import { explain } from '../clients/errcodes';
import { WecomError } from '../clients/wecom-client';
import { wecomConfig } from '../config';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import { emitAccountOffline } from '../notifications';
import { DEFAULT_TENANT, requireTenant, withAccountSlot } from '../lib/tenant-accounts';

export type AccountStatus = 'created' | 'verifying' | 'online' | 'error' | 'recovering' | 'offline';
export interface Account {
  id: number;
  code: string;
  name: string;
  kind: 'wecom-app' | 'wecom-robot';
  corpId: string;
  agentId: number | null;
  tenant: string | null;
  status: AccountStatus;
  lastHeartbeatAt: string | null;
  onlineSince: string | null;
  lastError: { errcode: number | null; message: string; at: string } | null;
  failures: number;
  nextCheckAt: string | null;
}

export const accountInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,63}$/, '编码为 2–64 位小写字母、数字或 -'),
  name: z.string().trim().min(1).max(100),
  corpId: z.string().trim().min(1),
  agentId: z.coerce.number().int().min(1),
  /** The message center tenant the account belongs to (default: the built-in one, the admin's). */
  tenant: z.string().trim().min(1, '必填').max(64).optional(),
});

export const accountUpdate = z
  .object({
    name: z.string().trim().min(1, '必填').max(100).optional(),
    tenant: z.string().trim().min(1, '必填').max(64).optional(),
  })
  .strict();

const HEARTBEAT_QUEUE = 'wecom-accounts';
type Check = { ok: true } | { ok: false; errcode: number | null; message: string };

/**
 * Sending accounts and their lifecycle: created → verifying (token fetched, the app answers
 * agent/get) → online; a failed check → error → recovering (automatic retries, backoff doubling)
 * → online, or offline after `maxFailures` checks in a row or by the operator. Every change writes
 * a status-history row with its reason. The heartbeat checks each account once per interval
 * across the cluster (a repeat job, and a per-interval slot in Redis).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => wecomConfig(strapi);
  const rows = () => strapi.db.query(UID.account);

  async function byCode(code: string): Promise<Account> {
    const row = (await rows().findOne({ where: { code } })) as Account | null;
    if (!row) throw notFound('发送账号不存在');
    return row;
  }

  async function check(account: Account): Promise<Check> {
    if (account.kind === 'wecom-robot') return services(strapi).robots.probe(account.code);
    try {
      const corp = await services(strapi).corps.require(account.corpId);
      const client = services(strapi).clients.client(corp, `app:${account.agentId ?? 0}`);
      await client.get('/cgi-bin/agent/get', { agentid: account.agentId ?? 0 });
      return { ok: true };
    } catch (err) {
      if (err instanceof WecomError) return { ok: false, errcode: err.errcode, message: explain(err.errcode, err.errmsg) };
      return { ok: false, errcode: null, message: (err as Error).message };
    }
  }

  async function move(
    account: Account,
    to: AccountStatus,
    reason: string,
    extra: Partial<Account> = {},
    operator = 'system::wecom-heartbeat',
    errcode: number | null = null,
  ) {
    const data: Partial<Account> = { ...extra, status: to };
    if (to === 'online' && account.status !== 'online') data.onlineSince = new Date().toISOString();
    const saved = (await rows().update({ where: { id: account.id }, data })) as Account;
    if (account.status !== to) {
      const change = (await strapi.db
        .query(UID.accountStatusChange)
        .create({ data: { accountCode: account.code, fromStatus: account.status, toStatus: to, reason, errcode, operator, at: new Date() } })) as {
        id: number;
      };
      if (to === 'offline') emitAccountOffline(strapi, change.id, account, reason, errcode);
    }
    return saved;
  }

  /** One check and its consequence: online, or one more failure on the way to offline. */
  async function probe(account: Account, operator: string): Promise<Account> {
    const result = await check(account);
    const now = new Date();
    if (result.ok) {
      const verified = account.kind === 'wecom-robot' ? 'Webhook 地址有效' : 'Token 已获取，应用接口可用';
      const reason = account.status === 'verifying' ? verified : '检查通过，已恢复';
      return move(account, 'online', reason, { lastHeartbeatAt: now.toISOString(), failures: 0, lastError: null, nextCheckAt: null }, operator);
    }
    return failed(account, result, operator, now);
  }

  /** One more failure: error (retried with backoff), or offline after `maxFailures` in a row. */
  async function failed(account: Account, result: { errcode: number | null; message: string }, operator: string, now = new Date()): Promise<Account> {
    const failures = (account.failures ?? 0) + 1;
    const lastError = { errcode: result.errcode, message: result.message, at: now.toISOString() };
    if (failures >= settings().maxFailures) {
      return move(
        account,
        'offline',
        `连续 ${failures} 次检查失败，自动下线：${result.message}`,
        { failures, lastError, nextCheckAt: null },
        operator,
        result.errcode,
      );
    }
    const next = new Date(now.getTime() + settings().recoveryBackoffMs * 2 ** (failures - 1)).toISOString();
    const to: AccountStatus = account.status === 'recovering' ? 'recovering' : 'error';
    return move(account, to, result.message, { failures, lastError, nextCheckAt: next }, operator, result.errcode);
  }

  const view = (a: Account) => ({
    code: a.code,
    name: a.name,
    kind: a.kind,
    corpId: a.corpId,
    agentId: a.agentId,
    tenant: a.tenant,
    status: a.status,
    lastHeartbeatAt: a.lastHeartbeatAt,
    onlineSeconds: a.status === 'online' && a.onlineSince ? Math.floor((Date.now() - new Date(a.onlineSince).getTime()) / 1000) : 0,
    lastError: a.lastError,
    failures: a.failures ?? 0,
    nextCheckAt: a.nextCheckAt,
  });

  return {
    view,

    async list() {
      return ((await rows().findMany({ orderBy: { id: 'asc' } })) as Account[]).map(view);
    },

    async get(code: string) {
      return view(await byCode(code));
    },

    async history(code: string) {
      await byCode(code);
      return strapi.db.query(UID.accountStatusChange).findMany({ where: { accountCode: code }, orderBy: [{ at: 'desc' }, { id: 'desc' }], limit: 100 });
    },

    /**
     * A group robot's account, written with the robot (services/robots.ts, inside the tenant's
     * account slot); `firstCheck` then verifies it once the robot is saved.
     */
    async createRobotAccount(data: { code: string; name: string; corpId: string; tenant: string }, operator: string) {
      const row = (await rows().create({ data: { ...data, kind: 'wecom-robot', status: 'created', failures: 0 } })) as Account;
      await strapi.db
        .query(UID.accountStatusChange)
        .create({ data: { accountCode: row.code, fromStatus: null, toStatus: 'created', reason: '新建群机器人', operator, at: new Date() } });
      return row;
    },

    async firstCheck(code: string, operator: string) {
      return view(await probe(await move(await byCode(code), 'verifying', '检查 Webhook 地址', {}, operator), operator));
    },

    /** Checks an account now whatever its state (a robot whose webhook changed). */
    async recheck(code: string, operator: string) {
      const account = await byCode(code);
      return view(await probe(account, operator));
    },

    /** A send was refused for a reason of the account itself (a robot's unknown key): one more failure. */
    async reportFailure(code: string, errcode: number | null, message: string) {
      const account = await byCode(code);
      if (account.status === 'offline') return view(account);
      return view(await failed(account, { errcode, message }, 'system::wecom-send'));
    },

    async create(input: unknown, operator: string) {
      const data = parse(accountInput, input);
      const corp = await services(strapi).corps.get(data.corpId);
      if (!corp) throw fieldError('corpId', '没有这个企业');
      if (!corp.apps.some((a) => a.agentId === data.agentId)) throw fieldError('agentId', '该企业未配置这个应用（AgentId）');
      const tenant = data.tenant ?? DEFAULT_TENANT;
      const row = await withAccountSlot(strapi, tenant, async () => {
        let created: Account;
        try {
          created = (await rows().create({ data: { ...data, tenant, kind: 'wecom-app', status: 'created', failures: 0 } })) as Account;
        } catch (err) {
          if (isUniqueViolation(err)) throw fieldError('code', '该编码已存在');
          throw err;
        }
        await strapi.db
          .query(UID.accountStatusChange)
          .create({ data: { accountCode: created.code, fromStatus: null, toStatus: 'created', reason: '新建账号', operator, at: new Date() } });
        return created;
      });
      return view(row);
    },

    /**
     * Rename, or move to another tenant: an account that is not offline takes a slot of the new
     * tenant (409 `AccountQuotaExceeded` when it has none free).
     */
    async update(code: string, input: unknown, operator: string) {
      const data = parse(accountUpdate, input);
      const account = await byCode(code);
      const write = () => rows().update({ where: { id: account.id }, data }) as Promise<Account>;
      const moving = data.tenant !== undefined && data.tenant !== (account.tenant ?? DEFAULT_TENANT);
      if (moving && account.status === 'offline') await requireTenant(strapi, data.tenant as string);
      const saved = moving && account.status !== 'offline' ? await withAccountSlot(strapi, data.tenant as string, write) : await write();
      if (data.name !== undefined && account.kind === 'wecom-robot') await strapi.db.query(UID.robot).update({ where: { code }, data: { name: data.name } });
      if (moving)
        await strapi.db.query(UID.accountStatusChange).create({
          data: { accountCode: code, fromStatus: account.status, toStatus: account.status, reason: `转给租户 ${data.tenant}`, operator, at: new Date() },
        });
      return view(saved);
    },

    /** Verify (or bring back online): verifying, then one check. */
    async verify(code: string, operator: string) {
      const account = await byCode(code);
      if (account.status === 'online') throw businessError('AccountOnline', '该账号已在线');
      const start = () => move(account, 'verifying', '运营发起验证', { failures: 0, nextCheckAt: null }, operator);
      // Back from offline, the account takes a slot of its tenant again.
      const verifying = account.status === 'offline' ? await withAccountSlot(strapi, account.tenant ?? DEFAULT_TENANT, start) : await start();
      return view(await probe(verifying, operator));
    },

    async takeOffline(code: string, operator: string) {
      const account = await byCode(code);
      if (account.status === 'offline') throw businessError('AccountOffline', '该账号已下线');
      return view(await move(account, 'offline', '运营手动下线', { nextCheckAt: null }, operator));
    },

    /** One heartbeat: once per interval across instances; accounts in error are retried when their backoff is over. */
    async heartbeat(now = Date.now()): Promise<{ ran: boolean; checked: number }> {
      const slot = Math.floor(now / settings().heartbeatMs);
      if (
        !(await services(strapi)
          .sharedState.kv()
          .setIfAbsent(`heartbeat:${slot}`, '1', settings().heartbeatMs * 2))
      )
        return { ran: false, checked: 0 };
      const due = (await rows().findMany({ where: { status: { $in: ['online', 'error', 'recovering'] } } })) as Account[];
      let checked = 0;
      for (let account of due) {
        if (account.status !== 'online' && account.nextCheckAt && new Date(account.nextCheckAt).getTime() > now) continue;
        if (account.status === 'error') account = await move(account, 'recovering', `自动重试（第 ${account.failures} 次失败后）`);
        await probe(account, 'system::wecom-heartbeat');
        checked += 1;
      }
      return { ran: true, checked };
    },

    /** Registers the heartbeat worker and its repeat (bootstrap). */
    schedule(): void {
      const queue = strapi.service('api::platform.queue');
      queue.define(HEARTBEAT_QUEUE, () => this.heartbeat());
      // Not awaited: with Redis down the CMS still boots (and serves the mall); the scheduler is written once Redis is back.
      queue
        .repeat(HEARTBEAT_QUEUE, 'heartbeat', 'heartbeat', { every: settings().heartbeatMs })
        .catch((err: Error) => strapi.log.warn(`[wecom] heartbeat schedule not written: ${err.message}`));
    },
  };
};
