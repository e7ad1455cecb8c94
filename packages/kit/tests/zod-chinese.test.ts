import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problemsOf } from '../src';

/** The field → message pairs of one failed parse. */
const messagesOf = (schema: z.ZodTypeAny, input: unknown): Record<string, string> => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('parsed');
  return Object.fromEntries(problemsOf(result.error).map((p) => [p.field, p.message]));
};

describe('zod messages in Chinese', () => {
  it('names what is missing, mistyped, too short or too long', () => {
    const schema = z
      .object({
        channel: z.string(),
        to: z.string().min(1),
        code: z.string().min(3).max(5),
        content: z.record(z.unknown()),
        count: z.number().int().min(1).max(10),
        ratio: z.number().gt(0),
        tags: z.array(z.string()).max(2),
      })
      .strict();
    expect(messagesOf(schema, { to: '', code: 'toolong', content: 'x', count: 11, ratio: 0, tags: ['a', 'b', 'c'], extra: 1 })).toEqual({
      channel: '必填',
      to: '不能为空',
      code: '最多 5 个字符',
      content: '应为对象，收到的是字符串',
      count: '不能大于 10',
      ratio: '必须大于 0',
      tags: '最多 2 项',
      '(body)': '不支持的字段：extra',
    });
    expect(messagesOf(z.object({ code: z.string().min(3), n: z.number().min(2) }), { code: 'a', n: 1.5 })).toEqual({ code: '至少 3 个字符', n: '不能小于 2' });
  });

  it('lists the allowed values of an enum or a discriminated union, and names string formats', () => {
    const content = z.discriminatedUnion('msgtype', [z.object({ msgtype: z.literal('text') }), z.object({ msgtype: z.literal('markdown') })]);
    expect(messagesOf(z.object({ status: z.enum(['pending', 'sent']), content }), { status: 'x', content: { msgtype: 'bogus' } })).toEqual({
      status: '只能是 pending、sent',
      'content.msgtype': '只能是 text、markdown',
    });
    const formats = z.object({ email: z.string().email(), url: z.string().url(), at: z.string().datetime(), code: z.string().regex(/^a/) });
    expect(messagesOf(formats, { email: 'x', url: 'x', at: 'x', code: 'b' })).toEqual({
      email: '不是有效的邮箱地址',
      url: '不是有效的网址',
      at: '必须是 ISO 8601 时间',
      code: '格式不正确',
    });
  });

  it('keeps a schema’s own message', () => {
    const schema = z.object({ name: z.string().min(1, '请填写名称'), kind: z.enum(['a', 'b'], { errorMap: () => ({ message: '类型只能是 a 或 b' }) }) });
    expect(messagesOf(schema, { name: '', kind: 'c' })).toEqual({ name: '请填写名称', kind: '类型只能是 a 或 b' });
    const refined = z.object({ a: z.string().optional() }).refine((v) => v.a, { message: '至少填一项', path: ['a'] });
    expect(messagesOf(refined, {})).toEqual({ a: '至少填一项' });
  });
});
