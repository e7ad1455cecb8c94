import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { fieldError, maskCredential, parse } from '@wedraw/kit';
import { services } from '../lib/services';

/** A business event a plugin announces on Strapi's event hub and operators may notify on. */
export interface NotificationEvent {
  /** The event hub name (`points.exchange.shipped`). */
  name: string;
  /** Chinese label for the 通知设置 grid. */
  label: string;
  /** The variables its payload carries, with a Chinese description each (templates use `{{name}}`). */
  variables: Record<string, string>;
}

/**
 * What a plugin emits: `key` makes the notification idempotent (one message per event, channel and
 * key, however often the event is emitted), `userId` the WeDraw user it concerns (if any).
 */
export interface EventPayload {
  key: string;
  userId?: number | null;
  variables: Record<string, unknown>;
}

export interface NotificationSetting {
  enabled: boolean;
  /** Code of a template of this channel (the admin's own or a global one). */
  template: string | null;
  /** The sending account (an OA appId, a WeCom sending account...), where the channel needs one. */
  account: string | null;
  /** A fixed recipient (an operator's email, a robot...); empty = the user the event concerns. Masked for a credential (a webhook URL). */
  to: string | null;
  /** Stored only: a credential recipient, encrypted (`to` then holds its masked form). */
  toSecret?: string | null;
}
type Settings = Record<string, Record<string, NotificationSetting>>;
export type DispatchResult = { channel: string; status: 'queued' | 'skipped' | 'failed'; reason?: string; id?: string };

const settingInput = z
  .object({
    enabled: z.boolean(),
    template: z.string().min(1).max(64).nullable().default(null),
    account: z.string().min(1).max(64).nullable().default(null),
    to: z.string().min(1).max(1024).nullable().default(null),
  })
  .strict();

const SETTINGS_TTL_MS = 5000;

/**
 * Notification settings (通知设置, CRMEB's per-event channel switches): business events × channels,
 * each with its template, account and recipient. Plugins register their events; when one is
 * emitted, the center queues one message per switched-on channel through the admin tenant, with
 * an idempotency key per (event, key, channel). Dispatch never blocks or fails the business flow.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const events = new Map<string, NotificationEvent>();
  const store = () => strapi.store({ type: 'plugin', name: 'messaging', key: 'notifications' });
  let cached: { at: number; value: Settings } | null = null;

  async function settings(): Promise<Settings> {
    if (cached && Date.now() - cached.at < SETTINGS_TTL_MS) return cached.value;
    cached = { at: Date.now(), value: ((await store().get({})) as Settings | null) ?? {} };
    return cached.value;
  }

  /** The settings as the admin sees them: a credential recipient masked, its ciphertext left out. */
  function shown(all: Settings): Settings {
    return Object.fromEntries(
      Object.entries(all).map(([event, cells]) => [
        event,
        Object.fromEntries(
          Object.entries(cells).map(([channel, { toSecret, ...cell }]) => [
            channel,
            cell.to && !toSecret && services(strapi).channels.get(channel)?.secretRecipient ? { ...cell, to: maskCredential(cell.to) } : cell,
          ]),
        ),
      ]),
    );
  }

  async function sendOne(event: NotificationEvent, payload: EventPayload, channel: string, setting: NotificationSetting): Promise<DispatchResult> {
    const provider = services(strapi).channels.get(channel);
    if (!provider) return { channel, status: 'skipped', reason: '渠道未安装' };
    const fixed = setting.to ? services(strapi).recipients.clear({ recipient: setting.to, recipient_secret: setting.toSecret }) : null;
    const to = fixed ?? (payload.userId && provider.recipientOf ? await provider.recipientOf(payload.userId, setting.account) : null);
    if (!to) return { channel, status: 'skipped', reason: '找不到该用户在此渠道的接收方' };
    const tenant = await services(strapi).tenants.ensureAdminTenant();
    const { message } = await services(strapi).sending.acceptOne(tenant, {
      channel,
      ...(setting.account ? { account: setting.account } : {}),
      to,
      template: setting.template,
      variables: payload.variables,
      idempotencyKey: `event:${event.name}:${payload.key}:${channel}`.slice(0, 191),
    });
    return { channel, status: 'queued', id: message.id };
  }

  return {
    /** Called by a plugin (register or bootstrap) for each event it emits. */
    registerEvent(event: NotificationEvent): void {
      if (events.has(event.name)) throw new Error(`messaging: notification event "${event.name}" is registered twice`);
      events.set(event.name, event);
      strapi.eventHub.on(event.name, async (payload: unknown) => {
        // Not awaited: the business flow that emitted the event does not wait for its notifications.
        void this.dispatch(event.name, payload as EventPayload).catch((err: Error) =>
          strapi.log.warn(`[messaging] notification ${event.name}: ${err.message}`),
        );
      });
    },

    events: () => [...events.values()],

    /** Queues the event's switched-on notifications; what could not be sent is logged and reported, never thrown. */
    async dispatch(name: string, payload: EventPayload): Promise<DispatchResult[]> {
      const event = events.get(name);
      if (!event || !payload?.key) return [];
      const results: DispatchResult[] = [];
      for (const [channel, setting] of Object.entries((await settings())[name] ?? {})) {
        if (!setting.enabled || !setting.template) continue;
        try {
          results.push(await sendOne(event, payload, channel, setting));
        } catch (err) {
          results.push({ channel, status: 'failed', reason: (err as Error).message });
        }
      }
      for (const r of results.filter((x) => x.status !== 'queued'))
        strapi.log.info(`[messaging] notification ${name} via ${r.channel}: ${r.status} (${r.reason})`);
      return results;
    },

    /** The 通知设置 grid: events, channels (and whether they reach users by id), the settings. */
    async overview() {
      return {
        events: [...events.values()],
        channels: services(strapi)
          .channels.names()
          .map((n) => ({
            name: n,
            label: services(strapi).channels.get(n)!.label,
            reachesUsers: Boolean(services(strapi).channels.get(n)!.recipientOf),
            secretRecipient: Boolean(services(strapi).channels.get(n)!.secretRecipient),
          })),
        settings: shown(await settings()),
      };
    },

    /** One cell of the grid; the template must exist for this channel and use only the event's variables. */
    async configure(eventName: string, channel: string, raw: unknown): Promise<NotificationSetting> {
      const event = events.get(eventName);
      if (!event) throw fieldError('event', '未知的业务事件');
      const provider = services(strapi).channels.get(channel);
      if (!provider) throw fieldError('channel', '未知渠道');
      const input = parse(settingInput, raw);
      if (input.enabled && !input.template) throw fieldError('template', '开启时必须选择模板');
      if (input.template) {
        const tenant = await services(strapi).tenants.ensureAdminTenant();
        const template = await services(strapi).templates.find(tenant.id, input.template);
        if (!template) throw fieldError('template', '模板不存在');
        if (template.channel !== channel) throw fieldError('template', `模板属于渠道 ${template.channel}`);
        const unknown = (template.variables ?? []).filter((v) => !(v in event.variables));
        if (unknown.length) throw fieldError('template', `该事件不提供变量：${unknown.join('、')}`);
      }
      if (input.enabled && !input.to && !provider.recipientOf) throw fieldError('to', '该渠道不能按用户发送，请填写固定接收方');
      const current = await settings();
      const before = current[eventName]?.[channel];
      let cell: NotificationSetting = input;
      if (input.to && provider.secretRecipient) {
        // The form sends back what it was shown: the masked form keeps the stored credential.
        const kept = before?.to && input.to === (before.toSecret ? before.to : maskCredential(before.to));
        const whole = kept ? services(strapi).recipients.clear({ recipient: before!.to!, recipient_secret: before!.toSecret }) : input.to;
        const { recipient, recipient_secret } = services(strapi).recipients.stored(channel, whole);
        cell = { ...input, to: recipient, toSecret: recipient_secret };
      }
      const next: Settings = { ...current, [eventName]: { ...(current[eventName] ?? {}), [channel]: cell } };
      await store().set({ value: next });
      cached = null;
      const { toSecret: _hidden, ...answer } = cell;
      return answer;
    },
  };
};
