import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { currentUserId, parse } from '@wedraw/kit';

const text = (max: number) => z.string({ required_error: '必填', invalid_type_error: '必须是文字' }).trim().min(1, '不能为空').max(max, `不能超过 ${max} 个字`);

export const addressBody = z.object({
  receiver: text(40),
  phone: z
    .string({ required_error: '必填' })
    .trim()
    .regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, '请填写正确的手机号或固定电话'),
  province: text(40).optional(),
  city: text(40).optional(),
  district: text(40).optional(),
  detail: text(200),
  isDefault: z.boolean({ invalid_type_error: '必须是 true 或 false' }).optional(),
});

export const documentIdParam = z.object({ documentId: z.string().min(1).max(64) });

function body(ctx: any): unknown {
  const raw = ctx.request.body ?? {};
  return raw.data ?? raw;
}

/**
 * GET/POST /api/addresses, GET/PUT/DELETE /api/addresses/:documentId: the user's own addresses only.
 * Named actions, not the core `find`/`update`…: those are what Strapi's generated routes and GraphQL
 * resolvers check, and a visitor role never holds them (platform/visitor-access.ts).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.service('api::address.address') as any;
  return {
    async listOwn(ctx: any) {
      ctx.body = { data: await service().listOwn(currentUserId(ctx)) };
    },
    async findOwn(ctx: any) {
      ctx.body = { data: await service().findOwn(currentUserId(ctx), parse(documentIdParam, ctx.params).documentId) };
    },
    async createOwn(ctx: any) {
      const input = parse(addressBody, body(ctx));
      ctx.status = 201;
      ctx.body = { data: await service().createOwn(currentUserId(ctx), input) };
    },
    async updateOwn(ctx: any) {
      const input = parse(addressBody.partial(), body(ctx));
      ctx.body = { data: await service().updateOwn(currentUserId(ctx), parse(documentIdParam, ctx.params).documentId, input) };
    },
    async deleteOwn(ctx: any) {
      ctx.body = { data: await service().deleteOwn(currentUserId(ctx), parse(documentIdParam, ctx.params).documentId) };
    },
  };
};
