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
