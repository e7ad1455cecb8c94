import type { Core } from '@strapi/strapi';
import { LEVEL_LABEL, OPERATOR_SIGN } from '../lib/defaults';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import type { Announcement } from './evaluator';
import { matches } from './silences';
import type { Recipient } from './targets';

interface Messaging {
  tenants: { ensureAdminTenant(): Promise<unknown> };
  sending: { acceptOne(tenant: unknown, raw: unknown): Promise<{ message: { id: string } }> };
  channels: { names(): string[] };
}

const fmt = (v: number | string | null) => (v === null ? '—' : String(Number(Number(v).toFixed(4))));

function line(a: Announcement): string {
  const head = a.kind === 'resolved' ? '【已恢复】' : `【${LEVEL_LABEL[a.rule.level] ?? a.rule.level}】`;
  return `${head}${a.rule.name}：${a.rule.metric} = ${fmt(a.value)}（阈值 ${OPERATOR_SIGN[a.rule.operator]} ${fmt(a.rule.threshold)}）`;
}

/** The content each channel carries: a WeCom/DingTalk text, an email, a webhook JSON. */
export function contentFor(channel: string, list: Announcement[], at: Date): Record<string, unknown> {
  const firing = list.filter((a) => a.kind === 'firing').length;
  const title = `WeDraw 告警：${firing} 条告警，${list.length - firing} 条恢复`;
  const text = [title, ...list.map(line), `时间：${at.toISOString()}`].join('\n');
  if (channel === 'email') return { subject: title, text };
  if (channel === 'webhook')
    return {
      event: 'wedraw.alerts',
      at: at.toISOString(),
      alerts: list.map((a) => ({
        rule: a.rule.code,
        name: a.rule.name,
        level: a.rule.level,
        metric: a.rule.metric,
        state: a.kind,
        value: a.value,
        threshold: Number(a.rule.threshold),
      })),
    };
  return { msgtype: 'text', text: { content: text } };
}

/**
 * Notifications of one evaluation: each announcement routed to its channels (the rule's, or by
 * level), silenced ones held (recorded, not sent), the rest merged into one message per
 * recipient and sent through the message center's admin tenant to the 通知对象 (targets service).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const messaging = () => {
    const p = strapi.plugin('messaging');
    return p ? ({ tenants: p.service('tenants'), sending: p.service('sending'), channels: p.service('channels') } as unknown as Messaging) : null;
  };

  /** The recipients of an announcement: those of the rule's channels, or those receiving its level. */
  function route(a: Announcement, recipients: Recipient[]): Recipient[] {
    const channels = a.rule.channels?.length ? a.rule.channels : null;
    return recipients.filter((r) => (channels ? channels.includes(r.channel) : r.levels.includes(a.rule.level)));
  }

  async function mark(a: Announcement, notification: string, detail: string, at: Date) {
    const ev = await strapi.db.query(UID.event).findOne({ where: { alertId: a.alert.id }, orderBy: { id: 'desc' } });
    const data = { notification, detail: detail.slice(0, 512) };
    // The state change of this evaluation carries the outcome; a reminder gets its own row.
    if (ev && new Date(ev.at as string).getTime() === at.getTime()) await strapi.db.query(UID.event).update({ where: { id: ev.id }, data });
    else
      await strapi.db
        .query(UID.event)
        .create({ data: { alertId: a.alert.id, ruleCode: a.rule.code, fromState: a.kind, toState: a.kind, value: a.value, at, ...data } });
  }

  return {
    async announce(list: Announcement[], at: Date): Promise<void> {
      const recipients = await services(strapi).targets.recipients();
      const silences = await services(strapi).silences.active(at);
      const byRecipient = new Map<Recipient, Announcement[]>();
      for (const a of list) {
        const silence = silences.find((s) => matches(s.matchers, a.alert));
        if (silence) {
          await mark(a, 'silenced', `静默中：${silence.reason}`, at);
          continue;
        }
        const to = route(a, recipients);
        for (const r of to) byRecipient.set(r, [...(byRecipient.get(r) ?? []), a]);
        if (!to.length) await mark(a, 'none', '没有接收该告警的通知对象', at);
      }
      const center = messaging();
      const outcome = new Map<Announcement, string[]>();
      if (center && byRecipient.size) {
        const tenant = await center.tenants.ensureAdminTenant();
        for (const [target, group] of byRecipient) {
          const channel = target.channel;
          let result: string;
          try {
            await center.sending.acceptOne(tenant, {
              channel,
              ...(target.account ? { account: target.account } : {}),
              to: target.to,
              content: contentFor(channel, group, at),
              idempotencyKey: `ops:${at.getTime()}:${target.key}`,
            });
            result = `${target.name}（${channel}）已发送`;
          } catch (err) {
            result = `${target.name}（${channel}）失败：${(err as Error).message}`;
            strapi.log.warn(`[ops] alert notification via ${channel} failed: ${(err as Error).message}`);
          }
          for (const a of group) outcome.set(a, [...(outcome.get(a) ?? []), result]);
        }
      }
      for (const [a, results] of outcome) {
        const ok = results.some((r) => r.endsWith('已发送'));
        await mark(a, ok ? 'sent' : 'failed', results.join('；'), at);
      }
      // The quiet period starts now for everything not held by a silence (a failed send is not retried every tick).
      const told = list.filter((a) => a.kind === 'firing' && !silences.some((s) => matches(s.matchers, a.alert))).map((a) => a.alert.id);
      if (told.length) await strapi.db.query(UID.alert).updateMany({ where: { id: { $in: told } }, data: { lastNotifiedAt: at } });
    },
  };
};
