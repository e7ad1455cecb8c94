import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { businessError, notFound, parse } from '@wedraw/kit';
import { refused } from '../clients/errcodes';
import { WecomError } from '../clients/wecom-client';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import { welcomeAttachment, type WelcomeAttachment } from './welcome-rules';

/** WeCom's placeholder for the new member's nickname in a group welcome (not the 1:1 welcome's {{客户昵称}}). */
export const GROUP_NICKNAME = '%NICKNAME%';
export const MAX_TEMPLATES = 100;

export const groupWelcomeBody = z
  .object({
    name: z.string().trim().min(1, '必填').max(64),
    text: z
      .string()
      .trim()
      .refine((s) => Buffer.byteLength(s) <= 3000, '文本不能超过 3000 字节')
      .default(''),
    /** One image, link or mini program besides the text (WeCom sends them as two messages). */
    attachment: welcomeAttachment.nullable().default(null),
    /** Ask the members in the client to apply it to their groups (WeCom's `notify`). */
    notify: z.boolean().default(false),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (!b.text && !b.attachment) ctx.addIssue({ code: 'custom', path: ['text'], message: '文本和附件不能都为空' });
  });
type Input = z.infer<typeof groupWelcomeBody>;

interface Row {
  id: number;
  documentId: string;
  corpId: string;
  templateId: string;
  name: string;
  text: string | null;
  attachment: WelcomeAttachment | null;
  notify: boolean;
  editedBy: string | null;
  updatedAt: string;
}

const view = (r: Row) => ({
  documentId: r.documentId,
  corpId: r.corpId,
  templateId: r.templateId,
  name: r.name,
  text: r.text ?? '',
  attachment: r.attachment ?? null,
  notify: Boolean(r.notify),
  editedBy: r.editedBy,
  updatedAt: r.updatedAt,
});

/** WeCom's body: `text{content}` and the attachment under its own type. */
const wecomBody = (i: Input) => ({
  ...(i.text ? { text: { content: i.text } } : {}),
  ...(i.attachment ? { [i.attachment.msgtype]: (i.attachment as Record<string, unknown>)[i.attachment.msgtype] } : {}),
  notify: i.notify ? 1 : 0,
});

/** Only the app that created a template may change it: WeCom answers 48002 to any other. */
function notOurs(err: unknown): Error {
  if (err instanceof WecomError && err.errcode === 48002)
    return businessError('TemplateNotOurs', '该素材不是用本系统的客户联系 Secret 创建的，企业微信只允许创建它的应用修改或删除', { errcode: 48002 });
  return refused(err);
}

/**
 * 入群欢迎语素材: CRUD mirrored to WeCom (`group_welcome_template/add|edit|del`), checked before any
 * call; WeCom keeps at most 100 per corp. No API sends a template into a group: members apply it in
 * the client (`notify` asks them to).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(UID.groupWelcomeTemplate);
  const client = async (corpId: string) => services(strapi).clients.client(await services(strapi).corps.require(corpId), 'customer');

  async function byDocumentId(documentId: string): Promise<Row> {
    const row = (await rows().findOne({ where: { documentId } })) as Row | null;
    if (!row) throw notFound('入群欢迎语素材不存在');
    return row;
  }

  return {
    async list(corpId: string) {
      return ((await rows().findMany({ where: { corpId }, orderBy: [{ id: 'desc' }] })) as Row[]).map(view);
    },

    async create(corpId: unknown, body: unknown, operator: string) {
      const corp = await services(strapi).corps.require(corpId);
      const input = parse(groupWelcomeBody, body);
      if ((await rows().count({ where: { corpId: corp.corpId } })) >= MAX_TEMPLATES)
        throw businessError('TemplateLimit', `每个企业最多 ${MAX_TEMPLATES} 条入群欢迎语素材，请先删除不用的`);
      let templateId: string;
      try {
        templateId = (await (await client(corp.corpId)).post<{ template_id: string }>('/cgi-bin/externalcontact/group_welcome_template/add', wecomBody(input)))
          .template_id;
      } catch (err) {
        throw refused(err);
      }
      const row = (await rows().create({
        data: { corpId: corp.corpId, templateId, name: input.name, text: input.text, attachment: input.attachment, notify: input.notify, editedBy: operator },
      })) as Row;
      return view(row);
    },

    async update(documentId: string, body: unknown, operator: string) {
      const current = await byDocumentId(documentId);
      const input = parse(groupWelcomeBody, body);
      try {
        await (
          await client(current.corpId)
        ).post('/cgi-bin/externalcontact/group_welcome_template/edit', { template_id: current.templateId, ...wecomBody(input) });
      } catch (err) {
        throw notOurs(err);
      }
      const row = (await rows().update({
        where: { id: current.id },
        data: { name: input.name, text: input.text, attachment: input.attachment, notify: input.notify, editedBy: operator },
      })) as Row;
      return view(row);
    },

    async remove(documentId: string): Promise<void> {
      const current = await byDocumentId(documentId);
      try {
        await (await client(current.corpId)).post('/cgi-bin/externalcontact/group_welcome_template/del', { template_id: current.templateId });
      } catch (err) {
        // Already gone at WeCom (deleted in the console): the mirror follows.
        if (!(err instanceof WecomError && err.errcode === 40058)) throw notOurs(err);
      }
      await rows().delete({ where: { id: current.id } });
    },
  };
};
