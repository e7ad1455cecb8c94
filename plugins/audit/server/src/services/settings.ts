import type { Core } from '@strapi/strapi';
import { auditConfig } from '../config';

/** What the 安全设置 page edits; the plugin config gives the defaults. */
export interface SecuritySettings {
  captchaAfter: number;
  lockAfter: number;
  lockSeconds: number;
  retentionDays: number;
}

const KEYS: (keyof SecuritySettings)[] = ['captchaAfter', 'lockAfter', 'lockSeconds', 'retentionDays'];

/** The security settings in force: the page's saved values over the plugin config. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'audit', key: 'settings' });
  const defaults = (): SecuritySettings => {
    const config = auditConfig(strapi);
    return Object.fromEntries(KEYS.map((k) => [k, config[k]])) as unknown as SecuritySettings;
  };
  return {
    async get(): Promise<SecuritySettings> {
      const saved = ((await store().get({})) ?? {}) as Partial<SecuritySettings>;
      const merged = defaults();
      for (const k of KEYS) if (typeof saved[k] === 'number') merged[k] = saved[k] as number;
      return merged;
    },
    async update(changes: Partial<SecuritySettings>): Promise<SecuritySettings> {
      const saved = ((await store().get({})) ?? {}) as Partial<SecuritySettings>;
      await store().set({ value: { ...saved, ...changes } });
      return this.get();
    },
  };
};
