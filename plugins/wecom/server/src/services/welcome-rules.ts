import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { businessError, notFound, parse } from '@wedraw/kit';
import { UID } from '../lib/uids';
import { services } from '../lib/services';

/** The placeholder replaced by the customer's WeChat nickname. */
export const NICKNAME = '{{客户昵称}}';
export const MAX_ATTACHMENTS = 9;

const bytes = (max: number, what: string) =>
  z
    .string()
    .trim()
    .refine((s) => Buffer.byteLength(s) <= max, `${what}不能超过 ${max} 字节`);
const url = z
  .string()
  .trim()
  .url('必须是 http(s) 地址')
  .refine((s) => /^https?:\/\//.test(s), '必须是 http(s) 地址');

/** The attachments send_welcome_msg takes that the rules offer (wecom-and-pay.md A2): image, link, mini program. */
export const welcomeAttachment = z.discriminatedUnion(
  'msgtype',
  [
    z.object({
      msgtype: z.literal('image'),
      image: z
        .object({ media_id: z.string().trim().min(1).optional(), pic_url: url.optional() })
        .strict()
        .refine((i) => Boolean(i.media_id) !== Boolean(i.pic_url), '图片需填写 media_id 或 pic_url 之一'),
    }),
    z.object({
      msgtype: z.literal('link'),
      link: z.object({ title: bytes(128, '标题').pipe(z.string().min(1, '必填')), picurl: url.optional(), desc: bytes(512, '描述').optional(), url }).strict(),
    }),
    z.object({
      msgtype: z.literal('miniprogram'),
      miniprogram: z
        .object({
          title: bytes(64, '标题').pipe(z.string().min(1, '必填')),
          pic_media_id: z.string().trim().min(1, '必填'),
          appid: z
            .string()
            .trim()
            .regex(/^wx[0-9a-f]{16}$/, '小程序 AppID 格式不正确'),
          page: z.string().trim().min(1, '必填').max(512),
        })
        .strict(),
    }),
  ],
  { errorMap: () => ({ message: '附件类型只能是 image、link 或 miniprogram' }) },
);

export type WelcomeAttachment = z.infer<typeof welcomeAttachment>;

export const welcomeRuleBody = z
  .object({
    name: z.string().trim().min(1, '必填').max(64),
    statePrefix: z
      .string()
      .trim()
      .max(30, '渠道 State 不超过 30 个字符')
      .regex(/^[A-Za-z0-9_-]*$/, '只能包含字母、数字、- 和 _')
      .default(''),
    isDefault: z.boolean().default(false),
    text: bytes(4000, '文本').default(''),
    attachments: z.array(welcomeAttachment).max(MAX_ATTACHMENTS, `附件最多 ${MAX_ATTACHMENTS} 个`).default([]),
    enabled: z.boolean().default(true),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (!r.text && r.attachments.length === 0) ctx.addIssue({ code: 'custom', path: ['text'], message: '文本和附件不能都为空' });
    if (r.isDefault && r.statePrefix) ctx.addIssue({ code: 'custom', path: ['statePrefix'], message: '默认欢迎语不按渠道区分，请留空' });
    if (!r.isDefault && !r.statePrefix) ctx.addIssue({ code: 'custom', path: ['statePrefix'], message: '非默认欢迎语需填写渠道 State 前缀' });
  });

export interface WelcomeRule {
  id: number;
  documentId: string;
  corpId: string;
  name: string;
  statePrefix: string | null;
  isDefault: boolean;
  text: string | null;
  attachments: WelcomeAttachment[] | null;
  enabled: boolean;
  editedBy: string | null;
  updatedAt: string;
}

const view = (r: WelcomeRule) => ({
  documentId: r.documentId,
  corpId: r.corpId,
  name: r.name,
  statePrefix: r.statePrefix ?? '',
  isDefault: Boolean(r.isDefault),
  text: r.text ?? '',
  attachments: r.attachments ?? [],
  enabled: Boolean(r.enabled),
  editedBy: r.editedBy,
  updatedAt: r.updatedAt,
});

/** The rule a channel state picks: the enabled rule with the longest matching prefix, else the default. */
export function pickRule<R extends Pick<WelcomeRule, 'statePrefix' | 'isDefault' | 'enabled'>>(rules: R[], state: string): R | null {
  const enabled = rules.filter((r) => r.enabled);
  const matching = enabled
    .filter((r) => r.statePrefix && state.startsWith(r.statePrefix))
    .sort((a, b) => (b.statePrefix ?? '').length - (a.statePrefix ?? '').length);
  return matching[0] ?? enabled.find((r) => r.isDefault) ?? null;
}

/** The text with the customer's nickname filled in. */
export const renderText = (text: string, nickname: string) => text.split(NICKNAME).join(nickname);

/**
 * New-customer welcome rules (欢迎语): one per channel (`State` prefix of the 联系我 QR code) and one
 * default per corp; text with {{客户昵称}}, up to 9 attachments checked before anything is saved.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rules = () => strapi.db.query(UID.welcomeRule);

  async function checkUnique(corpId: string, input: z.infer<typeof welcomeRuleBody>, selfId?: number): Promise<void> {
    const clash = (await rules().findOne({
      where: {
        corpId,
        ...(input.isDefault ? { isDefault: true } : { statePrefix: input.statePrefix }),
        ...(selfId ? { id: { $ne: selfId } } : {}),
      },
    })) as WelcomeRule | null;
    if (!clash) return;
    if (input.isDefault) throw businessError('DefaultWelcomeRuleExists', `该企业已有默认欢迎语「${clash.name}」`);
    throw businessError('WelcomeRuleStateTaken', `渠道前缀「${input.statePrefix}」已被欢迎语「${clash.name}」使用`);
  }

  async function byDocumentId(documentId: string): Promise<WelcomeRule> {
    const row = (await rules().findOne({ where: { documentId } })) as WelcomeRule | null;
    if (!row) throw notFound('欢迎语不存在');
    return row;
  }

  return {
    async list(corpId: string) {
      const rows = (await rules().findMany({ where: { corpId }, orderBy: [{ isDefault: 'asc' }, { statePrefix: 'asc' }] })) as WelcomeRule[];
      return rows.map(view);
    },

    async create(corpId: unknown, body: unknown, operator: string) {
      const corp = await services(strapi).corps.require(corpId);
      const input = parse(welcomeRuleBody, body);
      await checkUnique(corp.corpId, input, undefined);
      return view((await rules().create({ data: { ...input, corpId: corp.corpId, editedBy: operator } })) as WelcomeRule);
    },

    async update(documentId: string, body: unknown, operator: string) {
      const current = await byDocumentId(documentId);
      const input = parse(welcomeRuleBody, body);
      await checkUnique(current.corpId, input, current.id);
      return view((await rules().update({ where: { id: current.id }, data: { ...input, editedBy: operator } })) as WelcomeRule);
    },

    async remove(documentId: string): Promise<void> {
      const current = await byDocumentId(documentId);
      await rules().delete({ where: { id: current.id } });
    },

    /** The rule for a new customer's channel state (enabled rules only), or null. */
    async forState(corpId: string, state: string): Promise<WelcomeRule | null> {
      const rows = (await rules().findMany({ where: { corpId, enabled: true } })) as WelcomeRule[];
      return pickRule(rows, state);
    },
  };
};
