import { z } from 'zod';
import { fieldError, parse } from '@wedraw/kit';
import type { TemplateData, TemplateField } from './template-fields';

const MAX_SCHEDULE_MS = 30 * 24 * 3600_000;
const PAST_TOLERANCE_MS = 60_000;

const value = z.union([
  z.string().max(1000),
  z.object({
    value: z.string().max(1000),
    color: z
      .string()
      .regex(/^#[0-9A-Fa-f]{6}$/, '颜色格式为 #RRGGBB')
      .optional(),
  }),
]);

/** The fields' values: `{key: "text"}` or `{key: {value, color}}`. */
export const dataInput = z.record(value).default({});

export const sendInput = z
  .object({
    appId: z.string().min(1).optional(),
    templateId: z.string({ required_error: 'templateId 必填' }).min(1, 'templateId 必填'),
    target: z.enum(['one', 'tag', 'all'], { errorMap: () => ({ message: 'target 只能是 one、tag 或 all' }) }),
    openid: z.string().min(1).max(128).optional(),
    tagId: z.number({ invalid_type_error: 'tagId 必须是数字' }).int().nonnegative().optional(),
    data: dataInput,
    url: z.string().url('url 格式不正确').max(1024).optional(),
    miniprogram: z.object({ appid: z.string().min(1, 'miniprogram.appid 必填'), pagepath: z.string().max(1024).optional() }).optional(),
    scheduledAt: z.string().datetime({ offset: true, message: 'scheduledAt 须为 ISO 8601 时间' }).optional(),
    idempotencyKey: z.string().min(1).max(191).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.target === 'one' && !v.openid) ctx.addIssue({ code: 'custom', path: ['openid'], message: '发送给单个粉丝时 openid 必填' });
    if (v.target === 'tag' && v.tagId === undefined) ctx.addIssue({ code: 'custom', path: ['tagId'], message: '按标签发送时 tagId 必填' });
  });

export type SendInput = z.output<typeof sendInput>;

/** The body of a send, or a 400 naming each bad field. */
export function parseSendInput(body: unknown): SendInput {
  return parse(sendInput, body);
}

/** `{key: "text"}` or `{key: {value, color}}` → WeChat's shape; keys must be the template's fields. */
export function normaliseData(data: SendInput['data'], fields: TemplateField[]): TemplateData {
  const known = new Set(fields.map((f) => f.key));
  const out: TemplateData = {};
  for (const [key, v] of Object.entries(data)) {
    if (!known.has(key)) throw fieldError(`data.${key}`, `模板没有字段 ${key}`);
    out[key] = typeof v === 'string' ? { value: v } : v;
  }
  return out;
}

/** Milliseconds until the scheduled time (0 = now), or a 400 when it is past or too far. */
export function delayOf(scheduledAt: string | undefined, now = Date.now()): number {
  if (!scheduledAt) return 0;
  const delay = Date.parse(scheduledAt) - now;
  if (delay < -PAST_TOLERANCE_MS) throw fieldError('scheduledAt', '定时发送时间必须晚于当前时间');
  if (delay > MAX_SCHEDULE_MS) throw fieldError('scheduledAt', '定时发送时间不能超过 30 天');
  return Math.max(0, delay);
}
