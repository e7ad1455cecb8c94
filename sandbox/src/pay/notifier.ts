import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '../state/clock';
import { aesGcmEncrypt, gcmNonce, responseMessage, rsaSign } from './crypto';
import { callbackSigner, type Merchant } from './state/merchant';
import { rfc3339, type PayState } from './state/pay-state';
import type { NotifyRecord } from './state/types';

/** WeChat Pay v3's documented retry schedule for notifications, seconds after the previous try. */
export const NOTIFY_SCHEDULE_S = [15, 15, 30, 180, 600, 1200, 1800, 1800, 1800, 3600, 10800, 10800, 10800, 21600, 21600];

export interface PayOptions {
  /** Real ms per scheduled second: 1000 = the real 24 h schedule; the default 10 runs it in ~15 min. */
  notifyMsPerSecond: number;
  /** How long WeChat Pay waits for an answer (5000 ms). */
  notifyTimeoutMs: number;
  /** Real ms before a PROCESSING refund completes on its own; < 0 waits for `/_sandbox/pay/refund/complete`. */
  refundDelayMs: number;
}

export const DEFAULT_PAY: PayOptions = { notifyMsPerSecond: 10, notifyTimeoutMs: 5000, refundDelayMs: 300 };

const SUMMARY: Record<string, string> = {
  'TRANSACTION.SUCCESS': '支付成功',
  'REFUND.SUCCESS': '退款成功',
  'REFUND.ABNORMAL': '退款异常',
  'REFUND.CLOSED': '退款关闭',
};

/** Sends payment and refund notifications like WeChat Pay: encrypted resource, signed headers, retries. */
export class PayNotifier {
  private nextId = 1;
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly state: () => PayState,
    private readonly clock: Clock,
    readonly options: PayOptions,
  ) {}

  /** Records the notification and starts delivering it (first try now, then on schedule). */
  send(merchant: Merchant, input: Pick<NotifyRecord, 'kind' | 'eventType' | 'outTradeNo' | 'outRefundNo' | 'url' | 'resource' | 'replayOf'>): NotifyRecord {
    const record: NotifyRecord = { ...input, id: this.nextId++, attempts: [], outcome: 'pending' };
    this.state().notifies.push(record);
    void this.attempt(merchant, record, 0);
    return record;
  }

  /** The exact bytes and headers of one delivery (fresh nonce, timestamp and signature each try). */
  envelope(merchant: Merchant, record: NotifyRecord): { body: string; headers: Record<string, string>; serial: string } {
    // Public key, platform certificate, or (switching) either one: the Wechatpay-Serial header names it.
    const signer = callbackSigner(merchant);
    const associatedData = record.kind;
    const nonce = gcmNonce();
    const body = JSON.stringify({
      id: randomUUID(),
      create_time: rfc3339(this.clock.now()),
      resource_type: 'encrypt-resource',
      event_type: record.eventType,
      summary: SUMMARY[record.eventType] ?? record.eventType,
      resource: {
        original_type: record.kind,
        algorithm: 'AEAD_AES_256_GCM',
        ciphertext: aesGcmEncrypt(merchant.apiV3Key, nonce, associatedData, JSON.stringify(record.resource)),
        associated_data: associatedData,
        nonce,
      },
    });
    const timestamp = String(this.clock.seconds());
    const headerNonce = randomBytes(16).toString('hex');
    return {
      body,
      serial: signer.serial,
      headers: {
        'content-type': 'application/json',
        'wechatpay-timestamp': timestamp,
        'wechatpay-nonce': headerNonce,
        'wechatpay-serial': signer.serial,
        'wechatpay-signature': rsaSign(signer.privateKeyPem, responseMessage(timestamp, headerNonce, body)),
        'wechatpay-signature-type': 'WECHATPAY2-SHA256-RSA2048',
        'request-id': randomUUID(),
      },
    };
  }

  private async attempt(merchant: Merchant, record: NotifyRecord, index: number): Promise<void> {
    if (this.closed) return;
    const { body, headers, serial } = this.envelope(merchant, record);
    const attempt: NotifyRecord['attempts'][number] = { at: this.clock.now(), serial };
    try {
      const res = await fetch(record.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(this.options.notifyTimeoutMs) });
      attempt.status = res.status;
      await res.arrayBuffer();
    } catch (err) {
      attempt.error = (err as Error).name === 'TimeoutError' ? 'timeout' : ((err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message);
    }
    record.attempts.push(attempt);
    // Only the HTTP status is the ack: any 2xx ends it, whatever the body says.
    if (attempt.status !== undefined && attempt.status >= 200 && attempt.status < 300) {
      record.outcome = 'delivered';
      return;
    }
    const wait = NOTIFY_SCHEDULE_S[index];
    if (wait === undefined || this.closed) {
      record.outcome = 'failed';
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(merchant, record, index + 1);
    }, wait * this.options.notifyMsPerSecond);
    this.timers.add(timer);
  }

  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
