import type { Core } from '@strapi/strapi';
import { payCodeUrl } from '../config';
import { services } from '../lib/services';

/** The sandbox's demo apps (sandbox/README.md), which the demo merchant account pays for. */
const DEMO_APP_IDS = { official: 'wx5a0d7e3c1b9f0001', miniprogram: 'wx5a0d7e3c1b9f0002' };

export const DEMO_MERCHANTS = [
  {
    code: 'DEMO01',
    name: '演示咖啡店',
    status: 'open' as const,
    dailyCap: 0,
    codes: [
      { code: 'DEMO01-ANY', name: '前台收款码（任意金额）', amount: null },
      { code: 'DEMO01-10', name: '美式咖啡（10 元）', amount: 1000 },
    ],
  },
  { code: 'DEMO02', name: '演示书店（暂停收款）', status: 'closed' as const, dailyCap: 0, codes: [{ code: 'DEMO02-ANY', name: '收银台收款码', amount: null }] },
];

interface SandboxMerchant {
  mchId: string;
  serialNo: string;
  privateKeyPem: string;
  apiV3Key: string;
  wechatpayPublicKeyId: string;
  wechatpayPublicKeyPem: string;
}

/**
 * Idempotent demo data: the sandbox's demo merchant account (credentials read from the running
 * sandbox's `/_sandbox/pay/merchant`, apiBase = the sandbox), DEMO01 (open) and DEMO02 (closed)
 * with their payment codes, and the `payment` rule at 1 point per yuan.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async seed(sandboxUrl: string): Promise<Record<string, unknown>> {
    let creds: SandboxMerchant;
    try {
      const res = await fetch(`${sandboxUrl}/_sandbox/pay/merchant`, { signal: AbortSignal.timeout(3000) });
      creds = (await res.json()) as SandboxMerchant;
    } catch {
      return { skipped: `the sandbox at ${sandboxUrl} did not answer: start it (npm run sandbox) and seed again for the pay demo` };
    }
    let account = await services(strapi).accounts.byMchId(creds.mchId);
    account ??= await services(strapi).accounts.create({
      name: '沙箱演示商户号',
      mchId: creds.mchId,
      appId: DEMO_APP_IDS.official,
      miniprogramAppId: DEMO_APP_IDS.miniprogram,
      serialNo: creds.serialNo,
      privateKey: creds.privateKeyPem,
      apiV3Key: creds.apiV3Key,
      wechatpayPublicKeyId: creds.wechatpayPublicKeyId,
      wechatpayPublicKey: creds.wechatpayPublicKeyPem,
      apiBase: sandboxUrl,
      enabled: true,
    });
    let merchants = 0;
    let codes = 0;
    for (const { codes: codeList, ...fields } of DEMO_MERCHANTS) {
      let merchant = await services(strapi).merchants.byCode(fields.code);
      if (!merchant) {
        merchant = await services(strapi).merchants.create({ ...fields, accountId: account.id, staffUserIds: [] });
        merchants++;
      }
      for (const code of codeList) {
        if (await services(strapi).merchants.code(code.code)) continue;
        await services(strapi).merchants.createCode({ ...code, merchantId: merchant.id });
        codes++;
      }
    }
    // The sandbox phone's 扫一扫 lists these codes (best effort: the seed does not depend on it).
    const scanCodes = DEMO_MERCHANTS.flatMap((m) => m.codes.map((c) => ({ name: `${m.name} · ${c.name}`, url: payCodeUrl(strapi, m.code, c.code) })));
    await fetch(`${sandboxUrl}/_sandbox/pay/scan-codes`, {
      method: 'POST',
      body: JSON.stringify({ codes: scanCodes }),
      signal: AbortSignal.timeout(3000),
    }).catch(() => undefined);
    const rule = (await strapi.db.query('plugin::points.rule').findOne({ where: { code: 'payment' } })) as { id: number; ratio: string | number } | null;
    if (rule && !Number(rule.ratio)) await strapi.db.query('plugin::points.rule').update({ where: { id: rule.id }, data: { mode: 'ratio', ratio: 1 } });
    return { accounts: 1, merchants, codes, paymentRule: '1 积分/元' };
  },
});
