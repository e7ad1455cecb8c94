import type { Core } from '@strapi/strapi';
import { downloadCertificates, type PlatformCertificate } from '../clients/wechatpay';
import { payConfig } from '../config';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import type { AccountRow } from './accounts';

/** Its own queue, so that the certificate refresh never waits behind order expiry jobs. */
export const CERTIFICATE_QUEUE = 'pay-certificates';
/** Certificates are downloaded again twice a day (WeChat Pay rotates them before they expire). */
export const REFRESH_EVERY_MS = 12 * 3600_000;
/** A callback naming a serial we do not hold downloads the certificates at most this often per account. */
export const UNKNOWN_SERIAL_REFRESH_MS = 60_000;

type Redis = { set(key: string, value: string, px: 'PX', ms: number, nx: 'NX'): Promise<string | null> };

type Queue = {
  define(queue: string, handler: (job: { name: string }) => Promise<unknown>): void;
  repeat(queue: string, id: string, name: string, options: { every?: number }): Promise<unknown>;
};

/**
 * Platform certificates (平台证书) of accounts in certificate or switching mode: downloaded from
 * `/v3/certificates`, decrypted with the APIv3 key, kept on the account (those not yet expired), refreshed.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const needsCertificates = (a: AccountRow) => (a.verificationMode ?? 'publicKey') !== 'publicKey';

  async function refresh(account: AccountRow): Promise<AccountRow> {
    let fresh: PlatformCertificate[];
    try {
      fresh = await downloadCertificates(services(strapi).accounts.keys(account), payConfig(strapi).httpTimeoutMs);
    } catch (err) {
      const message = String((err as Error).message).slice(0, 250);
      await strapi.db.query(UID.account).update({ where: { id: account.id }, data: { certificatesError: message } });
      throw err;
    }
    const now = Date.now();
    const kept = (account.platformCertificates ?? []).filter((c) => Date.parse(c.expireTime) > now && !fresh.some((f) => f.serialNo === c.serialNo));
    return (await strapi.db.query(UID.account).update({
      where: { id: account.id },
      data: { platformCertificates: [...fresh, ...kept], certificatesFetchedAt: new Date(), certificatesError: null },
    })) as AccountRow;
  }

  // Process memory only in development without Redis; with Redis the window is shared by every instance.
  const claimed = new Map<number, number>();
  /** True once per `UNKNOWN_SERIAL_REFRESH_MS` per account (Redis SET NX, so forged serials cannot make us hammer WeChat Pay). */
  async function claimUnknownSerialRefresh(accountId: number): Promise<boolean> {
    const runtime = strapi.service('api::platform.runtime') as unknown as { redis(): Redis | null; keyPrefix(): string };
    const redis = runtime.redis();
    if (redis) return (await redis.set(`${runtime.keyPrefix()}pay:cert-refresh:${accountId}`, '1', 'PX', UNKNOWN_SERIAL_REFRESH_MS, 'NX')) === 'OK';
    const now = Date.now();
    if ((claimed.get(accountId) ?? 0) > now) return false;
    claimed.set(accountId, now + UNKNOWN_SERIAL_REFRESH_MS);
    return true;
  }

  /**
   * A callback named a serial the account does not hold: WeChat Pay may have issued a new certificate.
   * Downloads them again — at most once a minute per account — and answers the refreshed account, or
   * null when nothing was downloaded (public-key mode, within the minute, or the download failed).
   */
  async function refreshForUnknownSerial(account: AccountRow): Promise<AccountRow | null> {
    if (!account.enabled || !needsCertificates(account)) return null;
    if (!(await claimUnknownSerialRefresh(account.id))) return null;
    try {
      return await refresh(account);
    } catch (err) {
      strapi.log.warn(`[pay] platform certificates of ${account.mchId} (unknown serial): ${(err as Error).message}`);
      return null;
    }
  }

  /** Every enabled account that uses certificates and was not refreshed within `REFRESH_EVERY_MS`. */
  async function refreshDue(): Promise<number> {
    let count = 0;
    for (const account of await services(strapi).accounts.list()) {
      if (!account.enabled || !needsCertificates(account)) continue;
      const fetched = account.certificatesFetchedAt ? Date.parse(account.certificatesFetchedAt) : 0;
      if (Date.now() - fetched < REFRESH_EVERY_MS) continue;
      await refresh(account).then(
        () => count++,
        (err: Error) => strapi.log.warn(`[pay] platform certificates of ${account.mchId}: ${err.message}`),
      );
    }
    return count;
  }

  return {
    needsCertificates,
    refresh,
    refreshDue,
    refreshForUnknownSerial,
    start(): void {
      const queue = strapi.service('api::platform.queue') as unknown as Queue;
      queue.define(CERTIFICATE_QUEUE, async (job) => {
        if (job.name === 'refresh') return refreshDue();
        throw new Error(`unknown pay certificate job ${job.name}`);
      });
      queue.repeat(CERTIFICATE_QUEUE, 'certificates-refresh', 'refresh', { every: 3600_000 }).catch(() => undefined);
    },
  };
};
