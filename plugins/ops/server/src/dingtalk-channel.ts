import { createHmac } from 'crypto';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { problemsOf } from '@wedraw/kit';
import { opsConfig } from './config';
import { services } from './lib/services';

const content = z.discriminatedUnion('msgtype', [
  z.object({ msgtype: z.literal('text'), text: z.object({ content: z.string().min(1).max(20_000) }).strict() }).strict(),
  z
    .object({ msgtype: z.literal('markdown'), markdown: z.object({ title: z.string().min(1).max(100), text: z.string().min(1).max(20_000) }).strict() })
    .strict(),
]);
type Outbound = { to: string; content: Record<string, unknown> };
type Outcome = { status: 'sent'; providerId?: string } | { status: 'retryable' | 'final'; code: string; message: string };

/**
 * `dingtalk-robot`: a DingTalk group robot's webhook (`POST <base>/robot/send?access_token=<to>`),
 * a text or markdown body. DingTalk answers `{errcode, errmsg}`: 0 is sent; 130101 (more than 20 a
 * minute) and 5xx are tried again; any other code is final (310000: the 加签 signature or its
 * timestamp refused). A robot with 加签 is signed with the secret of its 通知对象 (or the configured
 * default's): `timestamp` (ms) and `sign` = Base64 of HMAC-SHA256 over `timestamp + "\n" + secret`.
 */
export function dingtalkRobotChannel(strapi: Core.Strapi) {
  /** `&timestamp=…&sign=…` for a robot with 加签, nothing for one protected by keyword or IP range. */
  async function signature(token: string): Promise<string> {
    const secret = await services(strapi).targets.signSecretFor(token);
    if (!secret) return '';
    const timestamp = String(Date.now());
    const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
    return `&timestamp=${timestamp}&sign=${encodeURIComponent(sign)}`;
  }

  async function send(m: Outbound): Promise<Outcome> {
    try {
      const url = `${opsConfig(strapi).dingtalkBaseUrl.replace(/\/$/, '')}/robot/send?access_token=${encodeURIComponent(m.to)}${await signature(m.to)}`;
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(m.content),
        signal: AbortSignal.timeout(10_000),
      });
      if (res.status >= 500) return { status: 'retryable', code: `http:${res.status}`, message: `钉钉返回 HTTP ${res.status}` };
      const body = (await res.json().catch(() => null)) as { errcode?: number; errmsg?: string } | null;
      if (!body || typeof body.errcode !== 'number') return { status: 'retryable', code: `http:${res.status}`, message: '钉钉应答不是 JSON' };
      if (body.errcode === 0) return { status: 'sent' };
      const outcome = body.errcode === 130101 ? 'retryable' : 'final';
      return { status: outcome, code: String(body.errcode), message: body.errmsg ?? '' };
    } catch (err) {
      return { status: 'retryable', code: 'network', message: (err as Error).message.slice(0, 500) };
    }
  }

  return {
    name: 'dingtalk-robot',
    label: '钉钉群机器人',
    // The URL (or token) is what lets anyone post here: kept encrypted, shown masked.
    secretRecipient: true,
    receipts: 'none' as const,
    // DingTalk allows 20 messages a minute per robot.
    ratePerSecond: 1,
    batchSize: 5,
    validate(input: { to: string; account: string | null; content: unknown }) {
      const parsed = content.safeParse(input.content);
      const problems = parsed.success ? [] : problemsOf(parsed.error).map((p) => ({ ...p, field: p.field === '(body)' ? 'content' : `content.${p.field}` }));
      if (!/^[A-Za-z0-9_-]{8,128}$/.test(input.to)) problems.unshift({ field: 'to', message: '应为钉钉机器人的 access_token' });
      return problems;
    },
    send: (batch: Outbound[]) => Promise.all(batch.map(send)),
  };
}
