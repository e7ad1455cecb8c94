import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type Redis from 'ioredis';
import { opsConfig } from '../config';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import { headline } from '../metrics/registry';
import type { Rule } from './rules';

export type AlertState = 'pending' | 'firing' | 'resolved';
export interface Alert {
  id: number;
  ruleCode: string;
  ruleName: string;
  metric: string;
  level: string;
  state: AlertState;
  value: number | string | null;
  threshold: number | string | null;
  startedAt: string;
  firedAt: string | null;
  resolvedAt: string | null;
  lastNotifiedAt: string | null;
}
/** One alert to announce in this evaluation: it fired (or is reminded), or it resolved. */
export interface Announcement {
  alert: Alert;
  rule: Rule;
  kind: 'firing' | 'resolved';
  value: number | null;
}

const compare = (op: string, value: number, threshold: number) =>
  op === 'gt' ? value > threshold : op === 'gte' ? value >= threshold : op === 'lt' ? value < threshold : value <= threshold;

/**
 * The rule evaluation: read every metric once, then per enabled rule move its alert through
 * pending → firing → resolved, recording each change (alert-event). What fired or resolved in this
 * evaluation goes to the notifier together (merged per channel). Once per cluster: the repeat job
 * runs on one worker per tick, and a Redis lock per tick keeps a manual run from doubling it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const alerts = () => strapi.db.query(UID.alert);
  const events = () => strapi.db.query(UID.event);

  async function claimTick(now: Date): Promise<boolean> {
    const redis = strapi.service('api::platform.runtime').redis() as Redis | null;
    if (!redis) return true;
    const every = opsConfig(strapi).evaluateEveryMs;
    const key = `${strapi.service('api::platform.runtime').keyPrefix()}ops:evaluate:${Math.floor(now.getTime() / every)}`;
    return (await redis.set(key, '1', 'PX', every * 2, 'NX')) === 'OK';
  }

  const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";
  let localHeld = false;

  /** Takes the evaluation lock (Redis, else this process): a release function, or null if another evaluation holds it. */
  async function takeLock(): Promise<(() => Promise<void>) | null> {
    const redis = strapi.service('api::platform.runtime').redis() as Redis | null;
    if (!redis) {
      if (localHeld) return null;
      localHeld = true;
      return async () => void (localHeld = false);
    }
    const key = `${strapi.service('api::platform.runtime').keyPrefix()}ops:evaluating`;
    const token = randomUUID();
    // Expires on its own if its holder dies mid-run.
    const ttlMs = Math.max(60_000, opsConfig(strapi).evaluateEveryMs * 4);
    if ((await redis.set(key, token, 'PX', ttlMs, 'NX')) !== 'OK') return null;
    return async () => void (await redis.eval(RELEASE, 1, key, token).catch(() => undefined));
  }

  async function lockFor(force: boolean): Promise<(() => Promise<void>) | null> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const release = await takeLock();
      if (release || !force || Date.now() > deadline) return release;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async function record(alert: Alert, from: AlertState | null, to: AlertState, value: number | null, at: Date) {
    await events().create({ data: { alertId: alert.id, ruleCode: alert.ruleCode, fromState: from, toState: to, value, notification: 'none', at } });
  }

  async function step(rule: Rule, value: number | null, now: Date): Promise<Announcement | null> {
    const open = (await alerts().findOne({ where: { ruleCode: rule.code, state: { $in: ['pending', 'firing'] } }, orderBy: { id: 'desc' } })) as Alert | null;
    const breached = value !== null && compare(rule.operator, value, Number(rule.threshold));
    if (!breached) {
      if (!open) return null;
      const resolved = (await alerts().update({ where: { id: open.id }, data: { state: 'resolved', resolvedAt: now, value } })) as Alert;
      await record(open, open.state, 'resolved', value, now);
      return open.state === 'firing' ? { alert: resolved, rule, kind: 'resolved', value } : null;
    }
    let alert = open;
    if (!alert) {
      alert = (await alerts().create({
        data: {
          ruleCode: rule.code,
          ruleName: rule.name,
          metric: rule.metric,
          level: rule.level,
          state: 'pending',
          value,
          threshold: rule.threshold,
          startedAt: now,
        },
      })) as Alert;
      await record(alert, null, 'pending', value, now);
    }
    if (alert.state === 'pending') {
      if (now.getTime() - new Date(alert.startedAt).getTime() < rule.forSeconds * 1000) {
        if (open) await alerts().update({ where: { id: alert.id }, data: { value } });
        return null;
      }
      alert = (await alerts().update({ where: { id: alert.id }, data: { state: 'firing', firedAt: now, value } })) as Alert;
      await record(alert, 'pending', 'firing', value, now);
      return { alert, rule, kind: 'firing', value };
    }
    alert = (await alerts().update({ where: { id: alert.id }, data: { value } })) as Alert;
    // Still firing: announced again only once its quiet period has passed (or if a silence held it).
    const quietMs = (rule.quietMinutes || opsConfig(strapi).quietMinutes) * 60_000;
    if (!alert.lastNotifiedAt || now.getTime() - new Date(alert.lastNotifiedAt).getTime() >= quietMs) return { alert, rule, kind: 'firing', value };
    return null;
  }

  /** Reads the metrics, steps every enabled rule, announces what changed, keeps a chart point. */
  async function evaluate(now: Date): Promise<Announcement[]> {
    const values = await services(strapi).metrics.read();
    const announcements: Announcement[] = [];
    for (const rule of await services(strapi).rules.enabled()) {
      const samples = values.get(rule.metric);
      try {
        const a = await step(rule, samples ? headline(samples) : null, now);
        if (a) announcements.push(a);
      } catch (err) {
        strapi.log.error(`[ops] rule ${rule.code} not evaluated: ${(err as Error).message}`);
      }
    }
    if (announcements.length) await services(strapi).notifier.announce(announcements, now);
    await services(strapi)
      .overview.keep(values, now)
      .catch((err: Error) => strapi.log.warn(`[ops] chart point not kept: ${err.message}`));
    return announcements;
  }

  return {
    /** Takes the tick of `now` for this instance; false when another run (here or elsewhere) has it. */
    claimTick,

    /** One evaluation; returns what was announced (empty when another instance took this tick or is still evaluating). */
    async run(now = new Date(), options: { force?: boolean } = {}): Promise<Announcement[]> {
      if (!options.force && !(await claimTick(now))) return [];
      const release = await lockFor(Boolean(options.force));
      if (!release) return [];
      try {
        return await evaluate(now);
      } finally {
        await release();
      }
    },
  };
};
