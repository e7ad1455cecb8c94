import { createHash } from 'crypto';
import { z } from 'zod';
import { problemsOf, type FieldProblem } from '@wedraw/kit';

/** What a group robot sends (wecom-and-pay.md A4): WeCom's webhook body, a file given as its bytes. */
export const ROBOT_MSG_TYPES = ['text', 'markdown', 'image', 'news', 'file'] as const;
export type RobotMsgType = (typeof ROBOT_MSG_TYPES)[number];
export const ROBOT_TYPE_LABELS: Record<RobotMsgType, string> = { text: '文本', markdown: 'Markdown', image: '图片', news: '图文链接', file: '文件' };

export const IMAGE_MAX_BYTES = 2 << 20;
export const FILE_MAX_BYTES = 20 << 20;

const bytes = (max: number) => (s: string) => Buffer.byteLength(s, 'utf8') <= max;
const isJpeg = (b: Buffer) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
const isPng = (b: Buffer) => b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
export const md5Hex = (b: Buffer) => createHash('md5').update(b).digest('hex');

const article = z
  .object({
    title: z.string().trim().min(1, '必填').max(128, '不超过 128 个字符'),
    description: z.string().max(512, '不超过 512 个字符').optional(),
    url: z.string().url('应为 http(s) 链接'),
    picurl: z.string().url('应为 http(s) 链接').optional(),
  })
  .strict();

export const robotContent = z.discriminatedUnion('msgtype', [
  z
    .object({
      msgtype: z.literal('text'),
      text: z
        .object({
          content: z.string().min(1, '必填').refine(bytes(2048), '不超过 2048 字节'),
          mentioned_list: z.array(z.string().max(64)).max(100).optional(),
          mentioned_mobile_list: z.array(z.string().max(20)).max(100).optional(),
        })
        .strict(),
    })
    .strict(),
  z
    .object({ msgtype: z.literal('markdown'), markdown: z.object({ content: z.string().min(1, '必填').refine(bytes(4096), '不超过 4096 字节') }).strict() })
    .strict(),
  z
    .object({
      msgtype: z.literal('image'),
      image: z
        .object({
          base64: z.string().min(1, '必填'),
          md5: z
            .string()
            .regex(/^[0-9a-fA-F]{32}$/, '应为 32 位十六进制 MD5')
            .optional(),
        })
        .strict(),
    })
    .strict(),
  z.object({ msgtype: z.literal('news'), news: z.object({ articles: z.array(article).min(1, '至少 1 篇').max(8, '最多 8 篇') }).strict() }).strict(),
  z
    .object({
      msgtype: z.literal('file'),
      file: z.object({ filename: z.string().trim().min(1, '必填').max(128, '不超过 128 个字符'), base64: z.string().min(1, '必填') }).strict(),
    })
    .strict(),
]);
export type RobotContent = z.infer<typeof robotContent>;

/**
 * Every problem of a robot message, fields named under `prefix` (`content.` for the message
 * center): the shape, then what WeCom would refuse — an image over 2 MB or not JPG/PNG or with a
 * wrong md5, a file over 20 MB — and a type the robot is not allowed to send.
 */
export function robotContentProblems(input: unknown, allowed: readonly string[] | null, prefix = ''): { problems: FieldProblem[]; content?: RobotContent } {
  const parsed = robotContent.safeParse(input);
  if (!parsed.success) return { problems: problemsOf(parsed.error).map((p) => ({ ...p, field: `${prefix}${p.field}` })) };
  const content = parsed.data;
  const problems: FieldProblem[] = [];
  if (allowed && !allowed.includes(content.msgtype)) {
    const label = ROBOT_TYPE_LABELS[content.msgtype];
    problems.push({ field: `${prefix}msgtype`, message: `该机器人不允许发送「${label}」消息` });
  }
  if (content.msgtype === 'image') {
    const data = Buffer.from(content.image.base64, 'base64');
    if (data.length > IMAGE_MAX_BYTES) problems.push({ field: `${prefix}image`, message: '图片不能超过 2 MB' });
    else if (!isJpeg(data) && !isPng(data)) problems.push({ field: `${prefix}image`, message: '图片须为 JPG 或 PNG' });
    else if (content.image.md5 && content.image.md5.toLowerCase() !== md5Hex(data))
      problems.push({ field: `${prefix}image.md5`, message: '与图片内容的 MD5 不符' });
  }
  if (content.msgtype === 'file') {
    const size = Buffer.from(content.file.base64, 'base64').length;
    if (size <= 5 || size > FILE_MAX_BYTES) problems.push({ field: `${prefix}file`, message: '文件须大于 5 字节、不超过 20 MB' });
  }
  return { problems, content };
}

/** What a record keeps once the message is out: an image as its md5 and size, a file as its name and size. */
export function summaryOf(content: RobotContent): Record<string, unknown> {
  if (content.msgtype === 'image') {
    const data = Buffer.from(content.image.base64, 'base64');
    return { msgtype: 'image', image: { md5: md5Hex(data), bytes: data.length } };
  }
  if (content.msgtype === 'file')
    return { msgtype: 'file', file: { filename: content.file.filename, bytes: Buffer.from(content.file.base64, 'base64').length } };
  return content;
}
