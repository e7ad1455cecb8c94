import type { Core } from '@strapi/strapi';
import { decryptResource, notifyProblem, type MerchantKeys, type NotifyHeaders } from '../clients/wechatpay';
import { coalescer } from '@wedraw/kit';
import { payConfig } from '../config';
import { NotifyRejected } from '../lib/errors';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import type { AccountRow } from './accounts';

export type NotifyKind = 'transaction' | 'refund';

interface Envelope {
  event_type?: string;
  resource?: { ciphertext?: string; nonce?: string; associated_data?: string };
}

const ACCOUNT_CACHE_MS = 5_000;
const LOG_BATCH = 200;

/** WeChat Pay's payment and refund notifications: verified, decrypted, compared, applied once, logged. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => services(strapi);
  // Accounts by mchid with their keys decrypted, held briefly and dropped on every account write here;
  // a notification that fails with a cached account is checked again with the stored one.
  const accounts = new Map<string, { account: AccountRow; keys: MerchantKeys; at: number }>();
  strapi.db?.lifecycles.subscribe({
    models: [UID.account],
    afterCreate: () => accounts.clear(),
    afterUpdate: () => accounts.clear(),
    afterDelete: () => accounts.clear(),
  });

  async function accountOf(mchId: string, fresh = false): Promise<{ account: AccountRow; keys: MerchantKeys; cached: boolean } | null> {
    const hit = accounts.get(mchId);
    if (hit && !fresh && Date.now() - hit.at < ACCOUNT_CACHE_MS) return { ...hit, cached: true };
    const account = await svc().accounts.byMchId(mchId);
    if (!account) {
      accounts.delete(mchId);
      return null;
    }
    const entry = { account, keys: svc().accounts.keys(account), at: Date.now() };
    accounts.set(mchId, entry);
    return { ...entry, cached: false };
  }

  /**
   * Notification log rows: concurrent notifications share one multi-row INSERT (group commit); each
   * is answered only after the INSERT that carries its row.
   */
  const log: (data: Record<string, unknown>) => Promise<void> = coalescer(async (rows: Record<string, unknown>[]) => {
    await strapi.db.query(UID.notifyLog).createMany({ data: rows });
  }, LOG_BATCH);

  /** Returns the HTTP status to answer (204); throws NotifyRejected (401/400/404) with nothing changed. */
  async function handle(kind: NotifyKind, mchId: string, headers: NotifyHeaders, rawBody: string): Promise<number> {
    const base = {
      kind,
      mchId,
      serial: headers.serial ?? null,
      headers: { ...headers, signature: headers.signature ? `${headers.signature.slice(0, 16)}…` : null },
    };
    const check = (keys: MerchantKeys) => notifyProblem(keys, headers, rawBody, Math.floor(Date.now() / 1000), payConfig(strapi).notifyMaxSkewS);
    let found = await accountOf(mchId);
    let problem = found ? check(found.keys) : null;
    if (found?.cached && problem) {
      // A cached account may predate a key change on another instance: decide with the stored one.
      found = await accountOf(mchId, true);
      problem = found ? check(found.keys) : null;
    }
    if (!found) {
      await log({ ...base, verified: false, status: 404, outcome: 'unknown-merchant' });
      throw new NotifyRejected(404, 'NotFound', '没有这个商户号');
    }
    if (problem?.startsWith('unknown Wechatpay-Serial') && (await svc().certificates.refreshForUnknownSerial(found.account))) {
      // Certificates downloaded again (at most once a minute per account): WeChat Pay may sign with a new one.
      found = (await accountOf(mchId, true)) ?? found;
      problem = check(found.keys);
    }
    const { keys } = found;
    if (problem) {
      await log({ ...base, verified: false, status: 401, outcome: 'rejected', detail: problem });
      throw new NotifyRejected(401, problem === 'stale timestamp' ? 'StaleTimestamp' : 'InvalidSignature', '通知验签失败');
    }
    let resource: Record<string, any>;
    try {
      const envelope = JSON.parse(rawBody) as Envelope;
      resource = decryptResource(keys, envelope.resource ?? {});
    } catch (err) {
      await log({ ...base, verified: true, status: 400, outcome: 'undecryptable', detail: String((err as Error).message).slice(0, 200) });
      throw new NotifyRejected(400, 'DecryptFailed', '通知内容无法解密');
    }
    const orderNo = typeof resource.out_trade_no === 'string' ? resource.out_trade_no : null;
    const refundNo = typeof resource.out_refund_no === 'string' ? resource.out_refund_no : null;
    let outcome: string;
    if (kind === 'transaction') {
      if (resource.mchid !== mchId) outcome = 'mismatch';
      else {
        const settled = await svc().settlement.settle(resource);
        outcome = settled.outcome;
        if (outcome === 'paid' && settled.order) svc().alerts.paid(settled.order);
      }
      if (outcome === 'mismatch') svc().alerts.mismatch(orderNo, mchId);
    } else {
      outcome = await svc().refunds.applyNotification(resource);
    }
    await log({ ...base, orderNo, refundNo, verified: true, status: 204, outcome });
    return 204;
  }

  return {
    handle,
    logsOf: (orderNo: string) => strapi.db.query(UID.notifyLog).findMany({ where: { orderNo }, orderBy: [{ id: 'asc' }] }),
  };
};
