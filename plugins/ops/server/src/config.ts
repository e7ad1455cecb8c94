import type { Core } from '@strapi/strapi';
import { checkSettings } from '@wedraw/kit';

/**
 * Where a channel's alerts go: `to` (a robot code, an email address, a URL, a DingTalk token), the
 * account if the channel needs one, and a DingTalk robot's 加签 secret (`SEC…`) if it signs.
 */
export interface AlertTarget {
  to: string;
  account?: string;
  signSecret?: string;
}

/**
 * The ops plugin's settings: `config/plugins.ts` of the CMS passes them (read from the
 * environment there); Strapi merges them over these defaults and runs the validator at startup.
 */
export interface OpsConfig {
  /** How often the cluster evaluates the alert rules (ms; one repeat job across every instance). */
  evaluateEveryMs: number;
  /** Default quiet period of a rule: the same alert is not notified again within it (minutes). */
  quietMinutes: number;
  /** Alert recipients per channel (`wecom-robot`, `email`, `webhook`, `dingtalk-robot`); a channel without one is skipped. */
  targets: Record<string, AlertTarget>;
  /** DingTalk's robot API (`<base>/robot/send?access_token=`); the sandbox in tests. */
  dingtalkBaseUrl: string;
  /** Alerts and their changes older than this many days are removed by the daily cleanup. */
  retentionDays: number;
  /** Key that encrypts the secret targets at rest (webhook URLs, DingTalk tokens; any string). Empty: a development key (production refuses to save one). */
  secretKey: string;
  /** Asia/Shanghai hour (0–23) at which yesterday's daily report (and on Mondays last week's, on the 1st last month's) is built and sent. */
  reportHour: number;
}

export const DEFAULTS: OpsConfig = {
  evaluateEveryMs: 15_000,
  quietMinutes: 5,
  targets: {},
  dingtalkBaseUrl: 'https://oapi.dingtalk.com',
  retentionDays: 90,
  secretKey: '',
  reportHour: 8,
};

/** Refuses a setting of the wrong kind at startup, naming it. */
export function validate(config: Record<string, unknown>): void {
  checkSettings('ops', DEFAULTS as unknown as Record<string, unknown>, config, {
    strings: ['dingtalkBaseUrl', 'secretKey'],
    secrets: ['secretKey'],
    nonNegative: ['reportHour'],
  });
  if (config.reportHour !== undefined && !(Number.isInteger(config.reportHour) && Number(config.reportHour) >= 0 && Number(config.reportHour) <= 23))
    throw new Error('ops plugin config: reportHour must be an hour 0–23');
  const targets = config.targets;
  if (targets !== undefined) {
    if (!targets || typeof targets !== 'object') throw new Error('ops plugin config: targets must be an object');
    for (const [channel, t] of Object.entries(targets as Record<string, unknown>)) {
      if (!t || typeof (t as AlertTarget).to !== 'string' || !(t as AlertTarget).to)
        throw new Error(`ops plugin config: targets.${channel}.to must be a non-empty string`);
    }
  }
  if (config.dingtalkBaseUrl !== undefined && !/^https?:\/\//.test(String(config.dingtalkBaseUrl)))
    throw new Error('ops plugin config: dingtalkBaseUrl must be an http(s) URL');
}

/** The plugin's settings, defaults filled in. */
export function opsConfig(strapi: Core.Strapi): OpsConfig {
  return { ...DEFAULTS, ...(strapi.config.get('plugin::ops') as Partial<OpsConfig> | undefined) };
}

export default { default: DEFAULTS, validator: validate };
