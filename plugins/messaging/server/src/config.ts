import type { Core } from '@strapi/strapi';
import { checkSettings } from '@wedraw/kit';

/**
 * The message center's settings: `config/plugins.ts` of the CMS passes them (read from the
 * environment there); Strapi merges them over these defaults and runs the validator at startup.
 */
export interface MessagingConfig {
  /** Key that encrypts tenant secrets at rest (any string; its SHA-256 is the AES key). Empty: a development key (production refuses). */
  secretKey: string;
  /** false: this instance works no message queue (a web-only instance beside `npm run worker` processes). */
  workers: boolean;
  /** Messages per delivery job, and delivery jobs running at once per instance. */
  jobSize: number;
  concurrency: number;
  /** Tries per delivery job and the first backoff (doubling). */
  attempts: number;
  backoffMs: number;
  /** How soon a dead worker's job runs elsewhere. */
  lockMs: number;
  /** Callback POSTs to a tenant: tries and first backoff (doubling). */
  callbackAttempts: number;
  callbackBackoffMs: number;
  /** Timeout of every outbound HTTP call (webhooks, callbacks). */
  httpTimeoutMs: number;
  /** Signed requests: accepted clock skew and how long a nonce stays used (seconds). */
  signatureWindowS: number;
  nonceTtlS: number;
  /** How often the results of `poll`-receipt channels (wecom-customer) are asked for. */
  receiptPollMs: number;
  /** A `sent` message whose receipt has not come after this long ends `failed` (`receipt-timeout`). */
  receiptTimeoutMs: number;
  /** At most this many messages of one `push`-receipt account awaiting their receipt (sent in the last minute); 0: no limit. */
  receiptWindow: number;
  /** A pending message untouched this long is queued again by the sweep. */
  sweepAfterMs: number;
  /** Days a message's record is kept after it was created (ended ones only; statistics stay). */
  retentionDays: number;
  /** SMTP relay of the email channel (the sandbox's SMTP sink in development). */
  smtpHost: string;
  smtpPort: number;
  smtpSecure: boolean;
  smtpUser: string;
  smtpPass: string;
  smtpFrom: string;
}

export const DEFAULTS: MessagingConfig = {
  secretKey: '',
  workers: true,
  jobSize: 50,
  concurrency: 8,
  attempts: 5,
  backoffMs: 1000,
  lockMs: 30_000,
  callbackAttempts: 8,
  callbackBackoffMs: 1000,
  httpTimeoutMs: 5000,
  signatureWindowS: 300,
  nonceTtlS: 600,
  receiptPollMs: 60_000,
  receiptTimeoutMs: 3_600_000,
  receiptWindow: 500,
  sweepAfterMs: 60_000,
  retentionDays: 180,
  smtpHost: '127.0.0.1',
  smtpPort: 7125,
  smtpSecure: false,
  smtpUser: '',
  smtpPass: '',
  smtpFrom: 'WeDraw <noreply@wedraw.local>',
};

/** Refuses a setting of the wrong kind at startup, naming it. */
export function validate(config: Record<string, unknown>): void {
  checkSettings('messaging', DEFAULTS as unknown as Record<string, unknown>, config, {
    strings: ['secretKey', 'smtpHost', 'smtpUser', 'smtpPass', 'smtpFrom'],
    secrets: ['secretKey', 'smtpPass'],
    // 0: no receipt window (documented as "turns it off").
    nonNegative: ['receiptWindow'],
  });
}

/** The plugin's settings, defaults filled in. */
export function messagingConfig(strapi: Core.Strapi): MessagingConfig {
  return { ...DEFAULTS, ...(strapi.config.get('plugin::messaging') as Partial<MessagingConfig> | undefined) };
}

export default { default: DEFAULTS, validator: validate };
