import { readFile } from 'fs/promises';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { fieldError, operatorText } from '@wedraw/kit';
import { services } from '../lib/services';

type Upload = { filepath: string; originalFilename?: string | null; size: number };
type Request = { body?: Record<string, unknown>; files?: Record<string, Upload | Upload[]> };

/**
 * A send request: JSON (WeCom's webhook body), or multipart for an image or a file (fields
 * `msgtype` and `media`), which becomes `{msgtype, image: {base64}}` / `{msgtype, file: {filename, base64}}`.
 */
async function messageOf(request: Request): Promise<unknown> {
  const upload = request.files?.media;
  if (!upload) return request.body ?? {};
  const file = Array.isArray(upload) ? upload[0] : upload;
  if (!file) throw fieldError('media', '必填：图片或文件');
  const msgtype = request.body?.msgtype;
  const base64 = (await readFile(file.filepath)).toString('base64');
  if (msgtype === 'image') return { msgtype, image: { base64 } };
  if (msgtype === 'file') return { msgtype, file: { filename: file.originalFilename || 'file', base64 } };
  throw fieldError('msgtype', '上传媒体时应为 image 或 file');
}

/** 群机器人: robots (webhook write-only), sends through the queue, and the send records. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const robots = () => services(strapi).robots;
  const delivery = () => services(strapi).robotsDelivery;
  return {
    async list(ctx: Context) {
      ctx.body = { data: await robots().list() };
    },
    async get(ctx: Context) {
      ctx.body = { data: await robots().get(ctx.params.code) };
    },
    async create(ctx: Context) {
      ctx.status = 201;
      ctx.body = { data: await robots().create((ctx.request as Request).body, operatorText(ctx)) };
    },
    async update(ctx: Context) {
      ctx.body = { data: await robots().update(ctx.params.code, (ctx.request as Request).body, operatorText(ctx)) };
    },
    async send(ctx: Context) {
      const message = await messageOf(ctx.request as Request);
      ctx.status = 202;
      ctx.body = { data: await delivery().enqueue(ctx.params.code, message, { source: 'admin', operator: operatorText(ctx) }) };
    },
    async messages(ctx: Context) {
      const page = await delivery().list(ctx.query);
      ctx.body = { data: page.results, meta: { pagination: page.pagination } };
    },
  };
};
