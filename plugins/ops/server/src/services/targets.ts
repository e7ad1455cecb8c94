import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { fieldError, notFound, parse, type SecretBox } from '@wedraw/kit';
import { opsConfig } from '../config';
import { LEVEL_CHANNELS } from '../lib/defaults';
import { opsSecretBox, SECRET_CHANNELS } from '../lib/secrets';
import { UID } from '../lib/uids';

const LEVELS = ['critical', 'warning', 'info'] as const;
type Level = (typeof LEVELS)[number];

interface TargetRow {
  id: number;
  documentId: string;
  name: string;
  channel: string;
  to: string;
  signSecret: string | null;
  account: string | null;
  levels: Level[] | null;
  reports: boolean;
  enabled: boolean;
}

/** Where one notification goes, the recipient in clear (for the sender only: never answered, logged or recorded). */
export interface Recipient {
  key: string;
  name: string;
  channel: string;
  to: string;
  account?: string;
  levels: Level[];
  reports: boolean;
}

/** The levels a channel receives by default: critical → every channel, warning → WeCom robot + email, info → WeCom robot. */
export const defaultLevels = (channel: string): Level[] =>
  LEVELS.filter((l) => LEVEL_CHANNELS[l] === 'all' || (LEVEL_CHANNELS[l] as string[]).includes(channel));

const REPORT_CHANNELS = ['email', 'wecom-robot'];

const fields = {
  name: z.string().trim().min(1, '必填').max(100),
  /** A DingTalk robot's 加签 secret; null removes it (update), empty or missing keeps it. */
  signSecret: z.string().trim().max(200).nullable().optional(),
  account: z.string().trim().max(64).nullable().optional(),
  levels: z.array(z.enum(LEVELS)).max(3).optional(),
  reports: z.boolean().optional(),
  enabled: z.boolean().optional(),
};
const targetInput = z.object({ channel: z.string().min(1, '必填').max(32), to: z.string().trim().min(1, '必填').max(1000), ...fields }).strict();
const targetPatch = z
  .object({ to: z.string().trim().max(1000).optional(), ...fields })
  .partial()
  .strict();

/** The recipient's form for its channel, or a 400 naming `to`. */
function checkTo(channel: string, to: string): void {
  const ok =
    channel === 'email'
      ? /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to)
      : channel === 'webhook'
        ? /^https?:\/\/\S+$/.test(to)
        : channel === 'dingtalk-robot'
          ? /^[A-Za-z0-9_-]{8,128}$/.test(to)
          : channel === 'wecom-robot'
            ? /^[a-z0-9][a-z0-9-]{1,63}$/.test(to)
            : true;
  const expected: Record<string, string> = {
    email: '应为邮箱地址',
    webhook: '应为 http(s) 地址',
    'dingtalk-robot': '应为钉钉机器人的 access_token',
    'wecom-robot': '应为企业微信群机器人的编码',
  };
  if (!ok) throw fieldError('to', expected[channel] ?? '格式不对');
}

/** A 加签 secret only for a DingTalk robot, in DingTalk's form (`SEC` and letters/digits). */
function checkSignSecret(channel: string, secret: string): void {
  if (channel !== 'dingtalk-robot') throw fieldError('signSecret', '只有钉钉机器人可以设置加签密钥');
  if (!/^SEC[A-Za-z0-9]{8,197}$/.test(secret)) throw fieldError('signSecret', '应为钉钉机器人安全设置「加签」一栏中 SEC 开头的密钥');
}

/**
 * 通知对象: where alerts and reports go, per channel, and which levels each receives. Stored rows
 * rule a channel; a channel without any row falls back to the plugin config's target (the
 * defaults, routed by level). Recipients that are credentials (webhook URLs, DingTalk tokens) and
 * a DingTalk robot's 加签 secret are encrypted at rest and write-only: the API answers `hasTo` and
 * `hasSignSecret`, never the values.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(UID.target);
  let box: SecretBox | null = null;
  const secrets = () => (box ??= opsSecretBox(opsConfig(strapi).secretKey, strapi.config.get('environment') === 'production'));
  const installed = () => (strapi.plugin('messaging')?.service('channels') as { names(): string[] } | undefined)?.names() ?? [];
  const stored = (channel: string, to: string) => (SECRET_CHANNELS.includes(channel) ? secrets().encrypt(to) : to);
  const clear = (r: TargetRow) => (SECRET_CHANNELS.includes(r.channel) ? secrets().decrypt(r.to) : r.to);

  const view = (r: TargetRow) => ({
    documentId: r.documentId,
    name: r.name,
    channel: r.channel,
    to: SECRET_CHANNELS.includes(r.channel) ? null : r.to,
    hasTo: Boolean(r.to),
    secret: SECRET_CHANNELS.includes(r.channel),
    hasSignSecret: Boolean(r.signSecret),
    account: r.account,
    levels: r.levels ?? defaultLevels(r.channel),
    reports: r.reports,
    enabled: r.enabled,
  });

  async function find(documentId: string): Promise<TargetRow> {
    const row = (await rows().findOne({ where: { documentId } })) as TargetRow | null;
    if (!row) throw notFound('通知对象不存在');
    return row;
  }

  return {
    /** The secret box (throws in production without OPS_SECRET_KEY: bootstrap calls it so the CMS refuses to start). */
    secrets,
    /** The stored targets and the config defaults still in force (channels without a stored target). */
    async list() {
      const all = (await rows().findMany({ orderBy: { id: 'asc' } })) as TargetRow[];
      const ruled = new Set(all.map((r) => r.channel));
      const defaults = Object.entries(opsConfig(strapi).targets)
        .filter(([channel]) => !ruled.has(channel))
        .map(([channel, t]) => ({
          channel,
          to: SECRET_CHANNELS.includes(channel) ? null : t.to,
          account: t.account ?? null,
          levels: defaultLevels(channel),
          reports: REPORT_CHANNELS.includes(channel),
        }));
      return { targets: all.map(view), defaults, channels: installed() };
    },

    /** Everyone to notify, in clear: stored enabled targets, then config defaults for channels without a stored one. */
    async recipients(): Promise<Recipient[]> {
      const all = (await rows().findMany({ orderBy: { id: 'asc' } })) as TargetRow[];
      const ruled = new Set(all.map((r) => r.channel));
      const out: Recipient[] = [];
      for (const r of all.filter((t) => t.enabled)) {
        let to: string;
        try {
          to = clear(r);
        } catch {
          strapi.log.error(`[ops] target ${r.documentId} (${r.channel}) cannot be decrypted: is OPS_SECRET_KEY the one it was saved under?`);
          continue;
        }
        out.push({
          key: r.documentId,
          name: r.name,
          channel: r.channel,
          to,
          ...(r.account ? { account: r.account } : {}),
          levels: r.levels ?? defaultLevels(r.channel),
          reports: r.reports,
        });
      }
      for (const [channel, t] of Object.entries(opsConfig(strapi).targets)) {
        if (ruled.has(channel)) continue;
        out.push({
          key: `config-${channel}`,
          name: channel,
          channel,
          to: t.to,
          ...(t.account ? { account: t.account } : {}),
          levels: defaultLevels(channel),
          reports: REPORT_CHANNELS.includes(channel),
        });
      }
      return out.filter((r) => installed().includes(r.channel));
    },

    async create(raw: unknown) {
      const input = parse(targetInput, raw);
      if (!installed().includes(input.channel)) throw fieldError('channel', `未知渠道 ${input.channel}`);
      checkTo(input.channel, input.to);
      if (input.signSecret) checkSignSecret(input.channel, input.signSecret);
      if (input.reports && !REPORT_CHANNELS.includes(input.channel)) throw fieldError('reports', '报表只发往邮件或企业微信群机器人');
      const row = (await rows().create({
        data: {
          name: input.name,
          channel: input.channel,
          to: stored(input.channel, input.to),
          signSecret: input.signSecret ? secrets().encrypt(input.signSecret) : null,
          account: input.account ?? null,
          levels: input.levels ?? defaultLevels(input.channel),
          reports: input.reports ?? false,
          enabled: input.enabled ?? true,
        },
      })) as TargetRow;
      return view(row);
    },

    /**
     * The 加签 secret of the DingTalk robot whose access token is `token` (a stored target's, else
     * the configured default's), or null when that robot does not sign. Only the sender asks.
     */
    async signSecretFor(token: string): Promise<string | null> {
      const signing = (await rows().findMany({ where: { channel: 'dingtalk-robot', signSecret: { $notNull: true } } })) as TargetRow[];
      for (const r of signing) {
        try {
          if (clear(r) === token) return secrets().decrypt(r.signSecret as string);
        } catch {
          strapi.log.error(`[ops] target ${r.documentId} (dingtalk-robot) cannot be decrypted: is OPS_SECRET_KEY the one it was saved under?`);
        }
      }
      const fallback = opsConfig(strapi).targets['dingtalk-robot'];
      return fallback?.to === token ? (fallback.signSecret ?? null) : null;
    },

    /** Updates a target; an empty or missing `to` keeps the stored one (write-only for secret channels). */
    async update(documentId: string, raw: unknown) {
      const row = await find(documentId);
      const { to, signSecret, ...rest } = parse(targetPatch, raw);
      if (rest.reports && !REPORT_CHANNELS.includes(row.channel)) throw fieldError('reports', '报表只发往邮件或企业微信群机器人');
      const data: Record<string, unknown> = { ...rest };
      if (signSecret === null) data.signSecret = null;
      else if (signSecret) {
        checkSignSecret(row.channel, signSecret);
        data.signSecret = secrets().encrypt(signSecret);
      }
      if (to) {
        checkTo(row.channel, to);
        data.to = stored(row.channel, to);
      }
      return view((await rows().update({ where: { id: row.id }, data })) as TargetRow);
    },

    async remove(documentId: string) {
      const row = await find(documentId);
      await rows().delete({ where: { id: row.id } });
      return view(row);
    },
  };
};
