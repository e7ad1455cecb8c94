import { z } from 'zod';

const textBody = (max: number) =>
  z
    .object({
      content: z
        .string()
        .min(1, '必填')
        .refine((s) => Buffer.byteLength(s, 'utf8') <= max, `不超过 ${max} 字节`),
    })
    .strict();

/** The application-message types WeDraw sends (WeCom's `message/send` body, less recipients and agentid). */
export const appMessageContent = z.discriminatedUnion('msgtype', [
  z.object({ msgtype: z.literal('text'), text: textBody(2048) }).strict(),
  z.object({ msgtype: z.literal('markdown'), markdown: textBody(2048) }).strict(),
  z
    .object({
      msgtype: z.literal('textcard'),
      textcard: z
        .object({
          title: z.string().min(1, '必填').max(128),
          description: z.string().min(1, '必填').max(512),
          url: z.string().url('格式不正确'),
          btntxt: z.string().max(4).optional(),
        })
        .strict(),
    })
    .strict(),
]);

/** WeCom errcodes a retry may fix: busy, frequency limits, no answer. */
export const RETRYABLE = new Set([-1, 45009, 45033, 45047]);
