import type { Core } from '@strapi/strapi';
import { checkSettings } from '@wedraw/kit';

/**
 * The pay plugin's settings: `config/plugins.ts` of the CMS passes them (read from the environment
 * there); Strapi merges them over these defaults and runs the validator at startup.
 */
export interface PayConfig {
  /** Key that encrypts merchant private keys and APIv3 keys at rest. Empty: a development key (production refuses). */
  secretKey: string;
  /** Public origin WeChat Pay posts notifications to (`<notifyBase>/api/pay/notify/<mchId>`), unless the account sets its own. */
  notifyBase: string;
  /** The H5 pay page a payment code opens: `<payPageBase>/pay/<merchant>?code=<code>`. */
  payPageBase: string;
  /** Seconds an unpaid order may be paid; then the delayed job queries WeChat Pay and closes it. */
  orderTtlSeconds: number;
  /** Timeout of every call to WeChat Pay. */
  httpTimeoutMs: number;
  /** Accepted |now − Wechatpay-Timestamp| of a notification, seconds. */
  notifyMaxSkewS: number;
  /** Pending orders older than this are queried by the reconciliation sweep (seconds); the sweep runs every minute. */
  reconcileAfterS: number;
  /** false: this instance runs no pay jobs (expiry, reconciliation). */
  workers: boolean;
}

export const DEFAULTS: PayConfig = {
  secretKey: '',
  notifyBase: 'http://127.0.0.1:1337',
  payPageBase: 'http://127.0.0.1:3000',
  orderTtlSeconds: 1800,
  httpTimeoutMs: 5000,
  notifyMaxSkewS: 300,
  reconcileAfterS: 120,
  workers: true,
};

/** Refuses a setting of the wrong kind at startup, naming it. */
export function validate(config: Record<string, unknown>): void {
  checkSettings('pay', DEFAULTS as unknown as Record<string, unknown>, config, { strings: ['secretKey', 'notifyBase', 'payPageBase'], secrets: ['secretKey'] });
}

export function payConfig(strapi: Core.Strapi): PayConfig {
  return { ...DEFAULTS, ...(strapi.config.get('plugin::pay') as Partial<PayConfig> | undefined) };
}

export default { default: DEFAULTS, validator: validate };

/** The pay page URL a payment code opens (what its QR code encodes). */
export function payCodeUrl(strapi: Core.Strapi, merchantCode: string, code: string): string {
  return `${payConfig(strapi).payPageBase.replace(/\/+$/, '')}/pay/${merchantCode}?code=${code}`;
}
