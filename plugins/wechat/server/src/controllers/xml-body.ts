import type { Context } from 'koa';

export class BodyTooLarge extends Error {}

/**
 * The raw XML of a push, at most `limit` bytes. Strapi's body parser has already read `text/*`
 * bodies into a string (within its own 1 MB cap); other types are read here from the stream.
 */
export async function readXmlBody(ctx: Context, limit: number): Promise<string> {
  const declared = Number(ctx.get('content-length') || 0);
  if (declared > limit) throw new BodyTooLarge();
  const parsed = (ctx.request as { body?: unknown }).body;
  if (typeof parsed === 'string') {
    if (Buffer.byteLength(parsed) > limit) throw new BodyTooLarge();
    return parsed;
  }
  if (ctx.req.readableEnded) return '';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
