import type { Core } from '@strapi/strapi';
import { businessError, notFound } from '@wedraw/kit';
import type { MerchantKeys, PlatformCertificate, VerificationMode } from '../clients/wechatpay';
import { payClient } from '../clients/wechatpay';
import { payConfig } from '../config';
import { services } from '../lib/services';
import { decryptSecret, encryptSecret, isEncrypted } from '../lib/secrets';
import { UID } from '../lib/uids';

export interface AccountRow {
  id: number;
  name: string;
  mchId: string;
  appId: string;
  miniprogramAppId: string | null;
  serialNo: string;
  privateKey: string;
  apiV3Key: string;
  verificationMode: VerificationMode | null;
  wechatpayPublicKeyId: string | null;
  wechatpayPublicKey: string | null;
  platformCertificates: PlatformCertificate[] | null;
  certificatesFetchedAt: string | null;
  certificatesError: string | null;
  apiBase: string | null;
  notifyBase: string | null;
  enabled: boolean;
}

const SECRET_FIELDS = ['privateKey', 'apiV3Key'] as const;

/** Encrypts the write-only keys of an account being written (lifecycle hook: every path). */
export function encryptKeyFields(data: Record<string, unknown> | undefined): void {
  if (!data) return;
  for (const field of SECRET_FIELDS) {
    const value = data[field];
    if (typeof value === 'string' && value && !isEncrypted(value)) data[field] = encryptSecret(value);
  }
}

/** An account as the admin sees it: the keys only say whether they are set. */
export function accountView(a: AccountRow) {
  const { privateKey, apiV3Key, platformCertificates, ...rest } = a;
  return {
    ...rest,
    verificationMode: a.verificationMode ?? 'publicKey',
    privateKeySet: Boolean(privateKey),
    apiV3KeySet: Boolean(apiV3Key),
    // Public certificates: the serials and validity are shown, the PEM is not needed by the page.
    platformCertificates: (platformCertificates ?? []).map(({ serialNo, effectiveTime, expireTime }) => ({ serialNo, effectiveTime, expireTime })),
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = () => strapi.db.query(UID.account);
  const keysOf = (a: AccountRow): MerchantKeys => ({ ...a, privateKey: decryptSecret(a.privateKey), apiV3Key: decryptSecret(a.apiV3Key) });
  return {
    list: () => q().findMany({ orderBy: [{ id: 'asc' }] }) as Promise<AccountRow[]>,
    async get(id: number): Promise<AccountRow> {
      const row = (await q().findOne({ where: { id } })) as AccountRow | null;
      if (!row) throw notFound('商户号不存在');
      return row;
    },
    byMchId: (mchId: string) => q().findOne({ where: { mchId } }) as Promise<AccountRow | null>,
    keys: keysOf,
    client(a: AccountRow) {
      const metrics = strapi.service('api::platform.metrics') as { wechatpayCall(endpoint: string, status: number, code: string): void } | undefined;
      return payClient(
        keysOf(a),
        payConfig(strapi).httpTimeoutMs,
        (endpoint, status, code) => metrics?.wechatpayCall(endpoint, status, code),
        // The call still fails; the certificates are downloaded again (at most once a minute) for the next one.
        () =>
          services(strapi)
            .certificates.refreshForUnknownSerial(a)
            .catch(() => null),
      );
    },
    /** Where WeChat Pay posts this account's notifications. */
    notifyUrl(a: AccountRow, kind: 'notify' | 'refund-notify'): string {
      const base = (a.notifyBase || payConfig(strapi).notifyBase).replace(/\/+$/, '');
      return `${base}/api/pay/${kind}/${a.mchId}`;
    },
    async create(data: Partial<AccountRow>): Promise<AccountRow> {
      if (await q().findOne({ where: { mchId: data.mchId } })) throw businessError('MchIdTaken', '该商户号已存在', { mchId: data.mchId });
      return (await q().create({ data })) as AccountRow;
    },
    /** Updates an account; keys left empty keep their stored value (write-only). */
    async update(id: number, data: Partial<AccountRow>): Promise<AccountRow> {
      await this.get(id);
      const patch: Record<string, unknown> = { ...data };
      for (const field of SECRET_FIELDS) if (!patch[field]) delete patch[field];
      return (await q().update({ where: { id }, data: patch })) as AccountRow;
    },
  };
};
