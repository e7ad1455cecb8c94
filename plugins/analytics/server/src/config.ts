import type { Core } from '@strapi/strapi';
import { checkSettings } from '@wedraw/kit';

/** The analytics plugin's settings (config/plugins.ts of the CMS passes the environment's). */
export interface AnalyticsConfig {
  /** How often the catch-up job runs (ms); once per tick across the cluster. 0 = never scheduled. */
  catchUpEveryMs: number;
  /** Changed source rows read per batch of the catch-up job. */
  batchSize: number;
  /** Rows committed this late (ms) after a newer one are still seen. */
  overlapMs: number;
}

export const DEFAULTS: AnalyticsConfig = { catchUpEveryMs: 60_000, batchSize: 2000, overlapMs: 60_000 };

export function validate(config: Record<string, unknown>): void {
  checkSettings('analytics', DEFAULTS as unknown as Record<string, unknown>, config, { nonNegative: Object.keys(DEFAULTS) });
}

export function analyticsConfig(strapi: Core.Strapi): AnalyticsConfig {
  return { ...DEFAULTS, ...(strapi.config.get('plugin::analytics') as Partial<AnalyticsConfig> | undefined) };
}

export default { default: DEFAULTS, validator: validate };
