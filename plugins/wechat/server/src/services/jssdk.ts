import { createHash, randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { parse } from '@wedraw/kit';
import { z } from 'zod';
import { errcodeOf, wechatUnavailable } from '../lib/errors';
import { services } from '../lib/services';

export const jssdkQuery = z.object({ url: z.string().url().max(2048), appId: z.string().optional() });

/** The JS-SDK signature (reference §1.7): sha1 of the sorted fields, the URL without its fragment. */
export function jsapiSignature(ticket: string, nonceStr: string, timestamp: number | string, url: string): string {
  const pageUrl = url.split('#')[0]!;
  return createHash('sha1').update(`jsapi_ticket=${ticket}&noncestr=${nonceStr}&timestamp=${timestamp}&url=${pageUrl}`).digest('hex');
}

/** `wx.config` parameters signed with the app's current jsapi ticket (shared by every instance). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async config(query: unknown): Promise<{ appId: string; timestamp: number; nonceStr: string; signature: string }> {
    const q = parse(jssdkQuery, query);
    const s = services(strapi);
    const app = await s.apps.resolve('official', q.appId);
    let ticket: string;
    try {
      ticket = (await s.clients.api(app).ensureTicket('jsapi')).ticket;
    } catch (err) {
      strapi.log.warn(`[wechat] jsapi ticket failed: errcode ${errcodeOf(err) ?? '-'}`);
      throw wechatUnavailable(errcodeOf(err));
    }
    const timestamp = Math.floor(Date.now() / 1000);
    const nonceStr = randomBytes(8).toString('hex');
    return { appId: app.appId, timestamp, nonceStr, signature: jsapiSignature(ticket, nonceStr, timestamp, q.url) };
  },
});
