import { randomBytes } from 'node:crypto';
import type { Router } from '../../http/router';
import type { Runtime } from '../../runtime';
import { qyError } from '../errors';
import { qyCaller } from './guard';

/** Media limits (wecom-and-pay.md A3): bytes, more than 5 each. */
const MAX_BYTES: Record<string, number> = { image: 10 << 20, voice: 2 << 20, video: 10 << 20, file: 20 << 20 };

/** The `media` part of a multipart body, or undefined. */
export async function multipartFile(raw: Buffer, contentType: string | undefined): Promise<{ filename: string; type: string; data: Buffer } | undefined> {
  if (!contentType?.startsWith('multipart/form-data')) return undefined;
  try {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const part = form.get('media');
    if (!part || typeof part === 'string') return undefined;
    return { filename: part.name, type: part.type, data: Buffer.from(await part.arrayBuffer()) };
  } catch {
    return undefined;
  }
}

/** POST /cgi-bin/media/upload?type=image|voice|video|file, multipart field `media`. */
export function qyMediaRoutes(router: Router, rt: Runtime): void {
  router.api('POST', '/cgi-bin/media/upload', async (ctx) => {
    const { corp } = qyCaller(rt, ctx);
    const type = ctx.query.get('type') ?? '';
    const max = MAX_BYTES[type];
    if (!max) throw qyError(40004);
    const file = await multipartFile(ctx.raw, ctx.req.headers['content-type']);
    if (!file) throw qyError(44001);
    if (file.data.length <= 5 || file.data.length > max) throw qyError(40006);
    const mediaId = `3${randomBytes(30).toString('base64url')}`;
    const now = rt.state.clock.now();
    rt.state.wecom.media.set(mediaId, { mediaId, corpId: corp.corpId, type, filename: file.filename, contentType: file.type, data: file.data, createdAt: now });
    return { errcode: 0, errmsg: '', type, media_id: mediaId, created_at: String(Math.floor(now / 1000)) };
  });
}
