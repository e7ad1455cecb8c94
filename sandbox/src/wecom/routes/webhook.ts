import { createHash, randomBytes } from 'node:crypto';
import { jsonBody, type Router, type Ctx } from '../../http/router';
import type { Runtime } from '../../runtime';
import { qyError, qyOk } from '../errors';
import type { CorpState } from '../state/corp-state';
import { callerIp } from './guard';
import { multipartFile } from './media';

/** 20 messages per minute per robot (reference §4.7), measured on the sandbox clock. */
export const ROBOT_PER_MINUTE = 20;
/** Text 2048 bytes, markdown 4096 bytes (reference §4.7). */
const TEXT_LIMITS: Record<string, number> = { text: 2048, markdown: 4096 };
/** Image: at most 2 MB before base64, JPG or PNG. */
export const ROBOT_IMAGE_MAX = 2 << 20;
/** Uploads of a robot: file ≤ 20 MB, voice ≤ 2 MB, more than 5 bytes; media_id valid 3 days. */
const UPLOAD_MAX: Record<string, number> = { file: 20 << 20, voice: 2 << 20 };
const MEDIA_TTL_MS = 3 * 24 * 3600_000;

interface Article {
  title?: string;
  description?: string;
  url?: string;
  picurl?: string;
}
interface WebhookBody {
  msgtype?: string;
  text?: { content?: string; mentioned_list?: string[]; mentioned_mobile_list?: string[] };
  markdown?: { content?: string };
  image?: { base64?: string; md5?: string };
  news?: { articles?: Article[] };
  file?: { media_id?: string };
  voice?: { media_id?: string };
}

const isJpeg = (b: Buffer) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
const isPng = (b: Buffer) => b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

/** The corp holding a robot key, or 93000 as WeCom answers an unknown webhook key. */
function robotCorp(rt: Runtime, ctx: Ctx): { corp: CorpState; key: string } {
  const key = ctx.query.get('key') ?? '';
  const corp = key ? [...rt.state.wecom.corps.values()].find((c) => c.config.robots.some((r) => r.key === key)) : undefined;
  if (!corp)
    throw qyError(93000, `hint: [${Date.now().toString(36)}], from ip: ${callerIp(ctx)}, more info at https://open.work.weixin.qq.com/devtool/query?e=93000`);
  ctx.appId = corp.corpId;
  return { corp, key };
}

/** Checks one message body; returns what the record keeps (an image as its md5 and size, not its bytes). */
function checkBody(rt: Runtime, key: string, body: WebhookBody): Record<string, unknown> {
  const type = body.msgtype ?? '';
  if (TEXT_LIMITS[type]) {
    const content = (type === 'text' ? body.text?.content : body.markdown?.content) ?? '';
    if (!content) throw qyError(40058, `${type}.content is required`);
    if (Buffer.byteLength(content, 'utf8') > TEXT_LIMITS[type]) throw qyError(40058, `${type}.content exceeds ${TEXT_LIMITS[type]} bytes`);
    return body as Record<string, unknown>;
  }
  if (type === 'image') {
    const { base64, md5 } = body.image ?? {};
    if (!base64 || !md5) throw qyError(40058, 'image.base64 and image.md5 are required');
    const data = Buffer.from(base64, 'base64');
    if (data.length === 0 || data.length > ROBOT_IMAGE_MAX) throw qyError(40009);
    if (!isJpeg(data) && !isPng(data)) throw qyError(40005);
    if (createHash('md5').update(data).digest('hex') !== md5.toLowerCase()) throw qyError(301019);
    return { msgtype: 'image', image: { md5: md5.toLowerCase(), bytes: data.length, format: isPng(data) ? 'png' : 'jpg' } };
  }
  if (type === 'news') {
    const articles = body.news?.articles;
    if (!Array.isArray(articles) || articles.length < 1 || articles.length > 8) throw qyError(40058, 'news.articles must hold 1..8 articles');
    articles.forEach((a, i) => {
      if (!a?.title || !a.url) throw qyError(40058, `news.articles[${i}] needs title and url`);
    });
    return body as Record<string, unknown>;
  }
  if (type === 'file' || type === 'voice') {
    const mediaId = body[type]?.media_id ?? '';
    const media = rt.state.wecom.media.get(mediaId);
    if (!media || media.robotKey !== key || media.type !== type || media.createdAt + MEDIA_TTL_MS < rt.state.clock.now()) throw qyError(40007);
    return { msgtype: type, [type]: { media_id: mediaId, filename: media.filename, bytes: media.data.length } };
  }
  throw qyError(40008);
}

/**
 * A group robot's webhook (reference §4.7, wecom-and-pay.md A4): the key is the only credential.
 * `webhook/send` takes text, markdown, image (base64 + md5), news and file/voice (a media_id from
 * this robot's `webhook/upload_media`); unknown key 93000; past 20 sends in the last sandbox-clock
 * minute 45009. Every accepted message is recorded (`GET /_sandbox/wecom/messages?kind=robot`).
 */
export function qyWebhookRoutes(router: Router, rt: Runtime): void {
  router.api('POST', '/cgi-bin/webhook/send', (ctx) => {
    const wecom = rt.state.wecom;
    const { corp, key } = robotCorp(rt, ctx);
    const now = rt.state.clock.now();
    const recent = (wecom.robotSends.get(key) ?? []).filter((at) => at > now - 60_000);
    wecom.robotSends.set(key, recent);
    if (recent.length >= ROBOT_PER_MINUTE) throw qyError(45009);
    const body = jsonBody<WebhookBody>(ctx);
    const payload = checkBody(rt, key, body);
    recent.push(now);
    wecom.recordMessage({ corpId: corp.corpId, kind: 'robot', robotKey: key, msgtype: body.msgtype as string, payload });
    return qyOk();
  });

  router.api('POST', '/cgi-bin/webhook/upload_media', async (ctx) => {
    const { corp, key } = robotCorp(rt, ctx);
    const type = ctx.query.get('type') ?? '';
    const max = UPLOAD_MAX[type];
    if (!max) throw qyError(40004);
    const file = await multipartFile(ctx.raw, ctx.req.headers['content-type']);
    if (!file) throw qyError(44001);
    if (file.data.length <= 5 || file.data.length > max) throw qyError(40006);
    const mediaId = `3${randomBytes(30).toString('base64url')}`;
    const now = rt.state.clock.now();
    rt.state.wecom.media.set(mediaId, {
      mediaId,
      corpId: corp.corpId,
      type,
      filename: file.filename,
      contentType: file.type,
      data: file.data,
      createdAt: now,
      robotKey: key,
    });
    return { ...qyOk(), type, media_id: mediaId, created_at: String(Math.floor(now / 1000)) };
  });
}
