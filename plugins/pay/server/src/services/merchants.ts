import type { Core } from '@strapi/strapi';
import { businessError, notFound } from '@wedraw/kit';
import { UID } from '../lib/uids';

export interface MerchantRow {
  id: number;
  code: string;
  name: string;
  logo: string | null;
  status: 'open' | 'closed';
  accountId: number;
  staffUserIds: number[] | null;
  dailyCap: number;
}

export interface PayCodeRow {
  id: number;
  code: string;
  merchantId: number;
  name: string | null;
  amount: number | null;
  scans: number;
  paidCount: number;
  enabled: boolean;
}

/** Merchants (商户) and their payment codes (收款码). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const m = () => strapi.db.query(UID.merchant);
  const c = () => strapi.db.query(UID.code);
  return {
    list: () => m().findMany({ orderBy: [{ id: 'asc' }] }) as Promise<MerchantRow[]>,
    byCode: (code: string) => m().findOne({ where: { code } }) as Promise<MerchantRow | null>,
    async get(id: number): Promise<MerchantRow> {
      const row = (await m().findOne({ where: { id } })) as MerchantRow | null;
      if (!row) throw notFound('商户不存在');
      return row;
    },
    /** The merchant a staff member works for (the first one listing the user). */
    async ofStaff(userId: number): Promise<MerchantRow | null> {
      const all = (await m().findMany({ select: ['id', 'code', 'name', 'logo', 'status', 'accountId', 'staffUserIds', 'dailyCap'] })) as MerchantRow[];
      return all.find((row) => (row.staffUserIds ?? []).includes(userId)) ?? null;
    },
    async create(data: Partial<MerchantRow>): Promise<MerchantRow> {
      if (await m().findOne({ where: { code: data.code } })) throw businessError('MerchantCodeTaken', '商户编码已存在', { code: data.code });
      return (await m().create({ data })) as MerchantRow;
    },
    async update(id: number, data: Partial<MerchantRow>): Promise<MerchantRow> {
      await this.get(id);
      return (await m().update({ where: { id }, data })) as MerchantRow;
    },
    codes: (merchantId?: number) => c().findMany({ where: merchantId ? { merchantId } : {}, orderBy: [{ id: 'asc' }] }) as Promise<PayCodeRow[]>,
    code: (code: string) => c().findOne({ where: { code } }) as Promise<PayCodeRow | null>,
    async createCode(data: Partial<PayCodeRow>): Promise<PayCodeRow> {
      await this.get(data.merchantId as number);
      if (await c().findOne({ where: { code: data.code } })) throw businessError('PayCodeTaken', '收款码编号已存在', { code: data.code });
      return (await c().create({ data: { scans: 0, paidCount: 0, enabled: true, ...data } })) as PayCodeRow;
    },
    async updateCode(id: number, data: Partial<PayCodeRow>): Promise<PayCodeRow> {
      const row = await c().findOne({ where: { id } });
      if (!row) throw notFound('收款码不存在');
      return (await c().update({ where: { id }, data })) as PayCodeRow;
    },
    /** Counts a scan of a code (the pay page opened). */
    async scanned(code: string): Promise<void> {
      await (strapi.db.queryBuilder(UID.code) as any).increment('scans', 1).where({ code }).execute();
    },
  };
};
