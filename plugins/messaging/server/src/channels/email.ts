import nodemailer, { type Transporter } from 'nodemailer';
import { z } from 'zod';
import { problemsOf } from '@wedraw/kit';
import type { MessagingConfig } from '../config';
import type { ChannelProvider, OutboundMessage, Outcome } from './types';

const content = z
  .object({
    subject: z.string().min(1, '必填').max(200, '最多 200 字'),
    text: z.string().min(1, '必填').max(100_000, '最多 100000 字'),
    html: z.string().max(500_000, '最多 500000 字').optional(),
  })
  .strict();
const address = z.string().email('不是有效的邮箱地址');

/** SMTP reply codes: 4xx is temporary (try again), 5xx permanent; no answer at all is temporary. */
function classify(err: unknown): Outcome {
  const e = err as { responseCode?: number; code?: string; message?: string };
  const message = (e.message ?? String(err)).slice(0, 500);
  if (e.responseCode && e.responseCode >= 500) return { status: 'final', code: `smtp:${e.responseCode}`, message };
  return { status: 'retryable', code: e.responseCode ? `smtp:${e.responseCode}` : (e.code ?? 'smtp'), message };
}

/**
 * Email through any SMTP relay (nodemailer); the sandbox's SMTP sink in development and tests.
 * `userEmail` finds a user's address for notifications.
 */
export function emailChannel(settings: MessagingConfig, userEmail: (userId: number) => Promise<string | null>): ChannelProvider {
  let transport: Transporter | null = null;
  const transporter = () => {
    transport ??= nodemailer.createTransport({
      host: settings.smtpHost,
      port: settings.smtpPort,
      secure: settings.smtpSecure,
      auth: settings.smtpUser ? { user: settings.smtpUser, pass: settings.smtpPass } : undefined,
      pool: true,
      maxConnections: 4,
      connectionTimeout: settings.httpTimeoutMs,
      socketTimeout: settings.httpTimeoutMs,
    });
    return transport;
  };
  async function sendOne(m: OutboundMessage): Promise<Outcome> {
    const c = m.content as z.infer<typeof content>;
    try {
      const info = await transporter().sendMail({
        from: settings.smtpFrom,
        to: m.to,
        subject: c.subject,
        text: c.text,
        html: c.html,
        messageId: `<${m.documentId}@wedraw>`,
      });
      return { status: 'sent', providerId: info.messageId };
    } catch (err) {
      return classify(err);
    }
  }
  return {
    name: 'email',
    label: '邮件',
    receipts: 'none',
    ratePerSecond: 50,
    batchSize: 10,
    validate({ to, account, content: value }) {
      const problems = problemsOf(content.safeParse(value).error ?? new z.ZodError([])).map((p) => ({
        ...p,
        field: p.field === '(body)' ? 'content' : `content.${p.field}`,
      }));
      if (!address.safeParse(to).success) problems.unshift({ field: 'to', message: '不是有效的邮箱地址' });
      if (account) problems.unshift({ field: 'account', message: '邮件渠道没有发送账号' });
      return problems;
    },
    send: (batch) => Promise.all(batch.map(sendOne)),
    async recipientOf(userId) {
      const email = await userEmail(userId);
      return email && address.safeParse(email).success ? email : null;
    },
  };
}
