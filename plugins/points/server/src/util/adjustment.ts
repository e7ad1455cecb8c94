import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { fieldError, parse } from '@wedraw/kit';
import { getService } from './plugin';

export const adjustmentBody = z.object({
  user: z.number({ required_error: '必填', invalid_type_error: '必须是用户 id（数字）' }).int('必须是整数').positive('必须是正整数'),
  delta: z
    .number({ required_error: '必填', invalid_type_error: '必须是数字' })
    .int('必须是整数')
    .refine((n) => n !== 0, '不能为 0')
    .refine((n) => Math.abs(n) <= 10_000_000, '绝对值不能超过 10000000'),
  reason: z
    .string({ required_error: '必须填写调整原因', invalid_type_error: '必须是字符串' })
    .trim()
    .min(1, '必须填写调整原因')
    .max(200, '不能超过 200 个字符'),
  idempotencyKey: z.string({ required_error: '必填', invalid_type_error: '必须是字符串' }).trim().min(1, '必填').max(128, '不能超过 128 个字符'),
});

/**
 * An operator's or an API token's adjustment, shared by the admin route and POST /api/points/adjustments.
 * The idempotency key is namespaced so a client's key can never collide with the plugin's own keys.
 */
export async function adjustFromRequest(strapi: Core.Strapi, input: unknown, operator: string) {
  const { user, delta, reason, idempotencyKey } = parse(adjustmentBody, input);
  if (!(await getService(strapi, 'account').userExists(user))) throw fieldError('user', '用户不存在');
  return getService(strapi, 'ledger').adjust(user, delta, { reason, operator, idempotencyKey: `adjust:${idempotencyKey}` });
}
