import { createHmac, timingSafeEqual } from 'crypto';
import type { Core } from '@strapi/strapi';
import type Redis from 'ioredis';
import { messagingConfig } from '../config';
import { apiError } from '../lib/errors';
import { sha256Hex } from '../lib/secrets';

export interface SignedRequest {
  method: string;
  /** Path with query, as sent (`/api/messaging/messages?status=sent`). */
  url: string;
  body: string | Buffer;
  headers: Record<string, string | string[] | undefined>;
}

const header = (h: SignedRequest['headers'], name: string) => {
  const v = h[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
};

/** The string a tenant signs: timestamp, nonce, method, path with query and the body's SHA-256, one per line. */
export function canonical(timestamp: string, nonce: string, method: string, url: string, body: string | Buffer): string {
  return `${timestamp}\n${nonce}\n${method.toUpperCase()}\n${url}\n${sha256Hex(body)}`;
}

export const requestSignature = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('hex');

/**
 * API.md's request signature: a timestamp within the window, a nonce used once (Redis SET NX,
 * shared by every instance; process memory only in development without Redis), and the HMAC.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const used = new Map<string, number>();
  const redis = () => strapi.service('api::platform.runtime').redis() as Redis | null;
  const prefix = () => `${strapi.service('api::platform.runtime').keyPrefix()}messaging:nonce:`;

  async function claimNonce(tenantId: number, nonce: string, ttlS: number): Promise<boolean> {
    const key = `${prefix()}${tenantId}:${nonce}`;
    const r = redis();
    if (r) return (await r.set(key, '1', 'EX', ttlS, 'NX')) === 'OK';
    const now = Date.now();
    for (const [k, until] of used) if (until < now) used.delete(k);
    if (used.has(key)) return false;
    used.set(key, now + ttlS * 1000);
    return true;
  }

  return {
    async verify(tenantId: number, secret: string, req: SignedRequest): Promise<void> {
      const { signatureWindowS, nonceTtlS } = messagingConfig(strapi);
      const timestamp = header(req.headers, 'x-wedraw-timestamp') ?? '';
      const nonce = header(req.headers, 'x-wedraw-nonce') ?? '';
      const signature = header(req.headers, 'x-wedraw-signature') ?? '';
      if (!/^\d{1,12}$/.test(timestamp) || !nonce || nonce.length > 64 || !/^[0-9a-f]{64}$/i.test(signature)) {
        throw apiError(401, 'InvalidSignature', '缺少或格式错误的签名头（X-WeDraw-Timestamp、X-WeDraw-Nonce、X-WeDraw-Signature）');
      }
      if (Math.abs(Date.now() / 1000 - Number(timestamp)) > signatureWindowS) throw apiError(401, 'StaleTimestamp', `时间戳超出 ±${signatureWindowS} 秒`);
      const expected = Buffer.from(requestSignature(secret, canonical(timestamp, nonce, req.method, req.url, req.body)), 'hex');
      if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) throw apiError(401, 'InvalidSignature', '签名不正确');
      // The nonce is spent only by a correctly signed request: a forger cannot burn a tenant's nonces.
      if (!(await claimNonce(tenantId, nonce, nonceTtlS))) throw apiError(401, 'ReplayedNonce', '随机数已使用过');
    },
  };
};
