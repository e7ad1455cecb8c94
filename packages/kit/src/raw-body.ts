/** Thrown when a body is over its limit: the route answers 413 `PayloadTooLarge`. */
export class BodyTooLarge extends Error {}

/** What `readRawBody` needs of a Koa context. */
export interface RawBodyContext {
  get(header: string): string;
  request: unknown;
  req: AsyncIterable<unknown> & { readableEnded: boolean };
}

/**
 * The raw text of a request body (a platform's XML push), at most `limit` bytes. Strapi's body
 * parser has already read `text/*` bodies into a string (within its own 1 MB cap); other types are
 * read here from the stream, stopping as soon as the limit is passed.
 */
export async function readRawBody(ctx: RawBodyContext, limit: number): Promise<string> {
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
