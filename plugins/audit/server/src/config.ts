import type { Core } from '@strapi/strapi';
import { checkSettings } from '@wedraw/kit';

/**
 * The audit plugin's settings: `config/plugins.ts` of the CMS passes them (read from the
 * environment there); Strapi merges them over these defaults and runs the validator at startup.
 * The 安全设置 page may override the thresholds and the retention (stored in the plugin store).
 */
export interface AuditConfig {
  /** Failed logins (per email or per IP) after which the login needs a graphic captcha. */
  captchaAfter: number;
  /** Failed logins of one email after which the account is locked. */
  lockAfter: number;
  /** How long a locked account stays locked (seconds). */
  lockSeconds: number;
  /** Failures older than this are forgotten (seconds; the counters' time to live). */
  failureWindowSeconds: number;
  /** How long an issued captcha can be answered (seconds). */
  captchaTtlSeconds: number;
  /** Admin passwords: minimum length and how many of the four classes (lower, upper, digit, symbol). */
  passwordMinLength: number;
  passwordClasses: number;
  /** Login and operation logs older than this many days are removed by the cleanup job. */
  retentionDays: number;
  /** Operation logging on or off (the bench compares both). */
  operationLog: boolean;
  /** Log lines are written in batches: at most this many per INSERT, at least every flushMs. */
  batchSize: number;
  flushMs: number;
}

export const DEFAULTS: AuditConfig = {
  captchaAfter: 3,
  lockAfter: 10,
  lockSeconds: 900,
  failureWindowSeconds: 900,
  captchaTtlSeconds: 300,
  passwordMinLength: 10,
  passwordClasses: 3,
  retentionDays: 180,
  operationLog: true,
  batchSize: 200,
  flushMs: 1000,
};

/** Refuses a setting of the wrong kind at startup, naming it. */
export function validate(config: Record<string, unknown>): void {
  checkSettings('audit', DEFAULTS as unknown as Record<string, unknown>, config);
  if (typeof config.passwordClasses === 'number' && config.passwordClasses > 4) throw new Error('audit plugin config: passwordClasses must be 1–4');
}

/** The plugin's settings, defaults filled in (without the 安全设置 page's overrides). */
export function auditConfig(strapi: Core.Strapi): AuditConfig {
  return { ...DEFAULTS, ...(strapi.config.get('plugin::audit') as Partial<AuditConfig> | undefined) };
}

export default { default: DEFAULTS, validator: validate };
