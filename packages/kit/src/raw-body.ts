/** Thrown when a body is over its limit: the route answers 413 `PayloadTooLarge`. */
export class BodyTooLarge extends Error {}

/** What `readRawBody` needs of a Koa context. */
export interface RawBodyContext {
  get(header: string): string;
  request: unknown;
  req: NodeJS.ReadableStream & { readableEnded: boolean; destroy(): void };
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
  return collect(ctx.req, limit);
}

/**
 * The stream's bytes as text, read with plain listeners (an async iterator costs a promise per chunk
 * on every platform push). Past `limit` the stream is destroyed and the read fails with BodyTooLarge.
 */
function collect(req: RawBodyContext['req'], limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (err: Error | null) => {
      req.removeListener('data', onData);
      req.removeListener('end', onEnd);
      req.removeListener('error', done);
      req.removeListener('close', onClose);
      if (err) reject(err);
      else resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      done(new BodyTooLarge());
      req.destroy();
    };
    const onEnd = () => done(null);
    const onClose = () => done(new Error('the request was closed before its body ended'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', done);
    req.on('close', onClose);
  });
}
