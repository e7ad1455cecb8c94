import type { Core } from '@strapi/strapi';
import { businessError, fieldError } from '@wedraw/kit';
import { parseFields, renderPreview, type TemplateField } from './template-fields';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import type { WechatApp } from './apps';

export interface TemplateRow {
  id: number;
  documentId: string;
  appId: string;
  templateId: string;
  title: string;
  content: string;
  example: string | null;
  primaryIndustry: string | null;
  deputyIndustry: string | null;
  fields: TemplateField[];
  syncedAt: string;
}

interface WechatTemplate {
  template_id: string;
  title?: string;
  content?: string;
  example?: string;
  primary_industry?: string;
  deputy_industry?: string;
}

/** The OA's template list, synced from WeChat into `template` with the fields parsed from its content. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const s = services(strapi);

  /** The official account named (or the only one): templates exist on OAs only. */
  const officialApp = (appId: unknown): Promise<WechatApp> => s.apps.resolve('official', appId);

  return {
    officialApp,

    /** Fetches the list from WeChat, upserts every template and removes those WeChat no longer has. */
    async sync(appId: unknown): Promise<TemplateRow[]> {
      const app = await officialApp(appId);
      const api = s.clients.api(app) as unknown as { getAllPrivateTemplate(): Promise<{ template_list?: WechatTemplate[] }> };
      const list = (await api.getAllPrivateTemplate()).template_list ?? [];
      const syncedAt = new Date();
      const query = strapi.db.query(UID.template);
      for (const t of list) {
        const content = t.content ?? '';
        const data = {
          title: t.title ?? '',
          content,
          example: t.example ?? null,
          primaryIndustry: t.primary_industry ?? null,
          deputyIndustry: t.deputy_industry ?? null,
          fields: parseFields(content),
          syncedAt,
        };
        const existing = await query.findOne({ where: { appId: app.appId, templateId: t.template_id } });
        if (existing) await query.update({ where: { id: existing.id }, data });
        else await query.create({ data: { appId: app.appId, templateId: t.template_id, ...data } });
      }
      await query.deleteMany({ where: { appId: app.appId, templateId: { $notIn: list.map((t) => t.template_id).concat('') } } });
      return this.list(app.appId);
    },

    async list(appId: unknown): Promise<TemplateRow[]> {
      const app = await officialApp(appId);
      return (await strapi.db.query(UID.template).findMany({ where: { appId: app.appId }, orderBy: { title: 'asc' } })) as TemplateRow[];
    },

    /** A synced template, or 409 TemplateNotFound (sync first). */
    async get(appId: string, templateId: unknown): Promise<TemplateRow> {
      if (typeof templateId !== 'string' || !templateId) throw fieldError('templateId', 'templateId 必填');
      const row = (await strapi.db.query(UID.template).findOne({ where: { appId, templateId } })) as TemplateRow | null;
      if (!row) throw businessError('TemplateNotFound', '模板不存在，请先同步模板列表', { templateId });
      return row;
    },

    preview(template: TemplateRow, data: Record<string, { value: string }>): string {
      return renderPreview(template.content, data);
    },
  };
};
