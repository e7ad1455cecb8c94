import type { Core } from '@strapi/strapi';
import { checkSettings } from '@wedraw/kit';

/**
 * The plugin's settings: `config/plugins.ts` of the CMS passes them (read from the environment
 * there), Strapi merges them over these defaults and runs the validator at startup.
 */
export interface WecomConfig {
  /** Encrypts corp secrets at rest; required in production. */
  secretKey: string;
  /** Timeout of every call to WeCom. */
  httpTimeoutMs: number;
  /** Largest accepted push body, bytes. */
  callbackBodyLimit: number;
  /** false: this instance runs no contacts-sync or heartbeat worker. */
  workers: boolean;
  /** Members per checkpoint of a full pull (and `user/list_id` rows per page when it may not read details). */
  syncPage: number;
  /** Interval between two looks at a running batch import (`batch/getresult`). */
  importPollMs: number;
  /** `user/list` calls (one per department) in flight during a full pull. */
  syncConcurrency: number;
  /** Attempts of one sync job (each resumes from the checkpoint). */
  syncAttempts: number;
  /** A worker holds its run's lease this long. */
  syncLeaseMs: number;
  /** Every sending account is checked once per interval across the cluster. */
  heartbeatMs: number;
  /** First wait before an account in error is checked again (doubling per failure). */
  recoveryBackoffMs: number;
  /** Failed checks in a row after which an account goes offline. */
  maxFailures: number;
  /** A robot sends at most `robotPerWindow` messages per `robotWindowMs` (WeCom: 20 a minute; a second of margin). */
  robotWindowMs: number;
  robotPerWindow: number;
  /** Robot sends in flight per worker process. */
  robotConcurrency: number;
  /** Welcome sends in flight per worker process (each waits on WeCom and the database, little CPU). */
  welcomeConcurrency: number;
  /** Interval of the 群聊数据统计 pull (each pull fetches the days not stored yet, and yesterday again). */
  groupStatsMs: number;
  /** Days of group statistics kept current (WeCom: at most 180 back, 30 per call). */
  groupStatsDays: number;
}

export const DEFAULTS: WecomConfig = {
  secretKey: '',
  httpTimeoutMs: 5000,
  callbackBodyLimit: 64 * 1024,
  workers: true,
  syncPage: 1000,
  importPollMs: 1000,
  syncConcurrency: 4,
  syncAttempts: 3,
  syncLeaseMs: 30_000,
  heartbeatMs: 60_000,
  recoveryBackoffMs: 30_000,
  maxFailures: 5,
  robotWindowMs: 61_000,
  robotPerWindow: 20,
  robotConcurrency: 5,
  welcomeConcurrency: 48,
  groupStatsMs: 3_600_000,
  groupStatsDays: 30,
};

/** Refuses a setting of the wrong kind at startup, naming it. */
export function validate(config: Record<string, unknown>): void {
  checkSettings('wecom', DEFAULTS as unknown as Record<string, unknown>, config, { secrets: ['secretKey'] });
}

/** The plugin's settings, defaults filled in. */
export function wecomConfig(strapi: Core.Strapi): WecomConfig {
  return { ...DEFAULTS, ...(strapi.config.get('plugin::wecom') as Partial<WecomConfig> | undefined) };
}

export default { default: DEFAULTS, validator: validate };
