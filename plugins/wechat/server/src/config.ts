import type { Core } from '@strapi/strapi';
import { checkSettings } from '@wedraw/kit';

/**
 * The plugin's settings: `config/plugins.ts` of the CMS passes them (read from the environment
 * there), Strapi merges them over these defaults and runs the validator at startup.
 */
export interface WechatConfig {
  /** The key encrypting app secrets and AES keys at rest (any string; required in production). */
  secretKey: string;
  /** `stable`: POST /cgi-bin/stable_token; `token`: the classic GET /cgi-bin/token. */
  tokenEndpoint: 'stable' | 'token';
  /** Timeout of every call to WeChat. */
  httpTimeoutMs: number;
  /** Largest accepted push body, bytes. */
  callbackBodyLimit: number;
  /** How long an instance may serve an edited auto-reply from memory. */
  replyCacheMs: number;
  /** false: this instance runs no fan-sync worker. */
  fansSyncWorker: boolean;
  /** Fans written per transaction (and per checkpoint). */
  fansSyncChunk: number;
  /** batchget calls in flight. */
  fansSyncConcurrency: number;
  /** Chunk transactions in flight (their checkpoints still commit in order). */
  fansSyncWriters: number;
  /** A worker holds its run's lease this long and renews it every third of it. */
  fansSyncLeaseMs: number;
  /** Attempts of one sync job (each resumes from the checkpoint). */
  fansSyncAttempts: number;
  /**
   * The WeChat channels of the message center (`oa-template`...): messages handed to WeChat at once
   * (in flight together), and messages per second per app across instances. Queueing, retries and
   * workers are the center's settings (MESSAGING_*).
   */
  templateBatch: number;
  templateRate: number;
}

export const DEFAULTS: WechatConfig = {
  secretKey: '',
  tokenEndpoint: 'stable',
  httpTimeoutMs: 5000,
  callbackBodyLimit: 64 * 1024,
  replyCacheMs: 3000,
  fansSyncWorker: true,
  fansSyncChunk: 1000,
  fansSyncConcurrency: 4,
  fansSyncWriters: 2,
  fansSyncLeaseMs: 30_000,
  fansSyncAttempts: 3,
  templateBatch: 25,
  templateRate: 3000,
};

/** Refuses a setting of the wrong kind at startup, naming it. */
export function validate(config: Record<string, unknown>): void {
  checkSettings('wechat', DEFAULTS as unknown as Record<string, unknown>, config, { oneOf: { tokenEndpoint: ['stable', 'token'] }, secrets: ['secretKey'] });
}

/** The plugin's settings, defaults filled in. */
export function wechatConfig(strapi: Core.Strapi): WechatConfig {
  return { ...DEFAULTS, ...(strapi.config.get('plugin::wechat') as Partial<WechatConfig> | undefined) };
}

export default { default: DEFAULTS, validator: validate };
