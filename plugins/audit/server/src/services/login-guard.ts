import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { auditConfig } from '../config';
import { services } from '../lib/services';

export interface LoginState {
  /** Seconds the account stays locked; 0 when it is not. */
  lockedForS: number;
  captchaRequired: boolean;
}

const emailKey = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);

/**
 * Failed admin logins counted per email and per IP (shared counters, see counters.ts): a captcha
 * after `captchaAfter` failures of either, a lock of the account after `lockAfter` of its email.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const counters = () => services(strapi).counters;
  const names = (email: string, ip: string) => ({
    email: `fail:email:${emailKey(email)}`,
    ip: `fail:ip:${ip}`,
    lock: `lock:${emailKey(email)}`,
  });

  return {
    async state(email: string, ip: string): Promise<LoginState> {
      const settings = await services(strapi).settings.get();
      const n = names(email, ip);
      const lockedForS = await counters().ttl(n.lock);
      const [byEmail, byIp] = [await counters().count(n.email), await counters().count(n.ip)];
      return { lockedForS, captchaRequired: Math.max(byEmail, byIp) >= settings.captchaAfter };
    },

    /** Counts a failure; locks the account when its email reaches the threshold. */
    async failed(email: string, ip: string): Promise<LoginState> {
      const settings = await services(strapi).settings.get();
      const window = auditConfig(strapi).failureWindowSeconds;
      const n = names(email, ip);
      const byEmail = await counters().increment(n.email, window);
      const byIp = await counters().increment(n.ip, window);
      if (byEmail >= settings.lockAfter) {
        await counters().set(n.lock, '1', settings.lockSeconds);
        // The next window starts after the lock: one more failure does not lock again at once.
        await counters().remove(n.email);
        return { lockedForS: settings.lockSeconds, captchaRequired: true };
      }
      return { lockedForS: 0, captchaRequired: Math.max(byEmail, byIp) >= settings.captchaAfter };
    },

    /** A successful login forgets the email's failures (the IP's run out with their window). */
    async succeeded(email: string): Promise<void> {
      await counters().remove(names(email, '').email);
    },

    /** An administrator lifts a lock early (安全设置). */
    async unlock(email: string): Promise<void> {
      const n = names(email, '');
      await counters().remove(n.lock, n.email);
    },
  };
};
