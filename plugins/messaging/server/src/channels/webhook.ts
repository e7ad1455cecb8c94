import { createHmac } from 'crypto';
import type { MessagingConfig } from '../config';
import type { ChannelProvider, OutboundMessage, Outcome } from './types';

const MAX_BODY = 64 * 1024;

export const signBody = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('hex');

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** 2xx: delivered; 408, 429 and 5xx: try again; any other answer: final; no answer: try again. */
function classify(status: number): Outcome {
  if (status >= 200 && status < 300) return { status: 'sent' };
  const code = `http:${status}`;
  if (status === 408 || status === 429 || status >= 500) return { status: 'retryable', code, message: `接收方返回 HTTP ${status}` };
  return { status: 'final', code, message: `接收方返回 HTTP ${status}` };
}

/** POST the content as JSON to `to`, signed with the tenant's secret (`X-WeDraw-Signature`). */
export function webhookChannel(settings: MessagingConfig): ChannelProvider {
  async function sendOne(m: OutboundMessage): Promise<Outcome> {
    const body = JSON.stringify(m.content);
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-WeDraw-Message-Id': m.documentId };
    if (m.signingSecret) headers['X-WeDraw-Signature'] = signBody(m.signingSecret, body);
    try {
      const res = await fetch(m.to, { method: 'POST', body, headers, signal: AbortSignal.timeout(settings.httpTimeoutMs) });
      await res.arrayBuffer().catch(() => undefined);
      return classify(res.status);
    } catch (err) {
      return { status: 'retryable', code: 'network', message: (err as Error).message.slice(0, 500) };
    }
  }
  return {
    name: 'webhook',
    label: 'Webhook',
    // The URL (or token) is what lets anyone post here: kept encrypted, shown masked.
    secretRecipient: true,
    receipts: 'none',
    ratePerSecond: 200,
    batchSize: 20,
    validate({ to, account, content }) {
      const problems = [];
      if (account) problems.push({ field: 'account', message: 'Webhook 渠道没有发送账号' });
      if (!isHttpUrl(to)) problems.push({ field: 'to', message: '必须是 http(s) 地址' });
      if (typeof content !== 'object' || content === null || Array.isArray(content)) problems.push({ field: 'content', message: '必须是 JSON 对象' });
      else if (JSON.stringify(content).length > MAX_BODY) problems.push({ field: 'content', message: '超过 64KB' });
      return problems;
    },
    send: (batch) => Promise.all(batch.map(sendOne)),
  };
}
