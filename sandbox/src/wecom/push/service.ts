import { randomBytes } from 'node:crypto';
import type { PushOptions } from '../../push/service';
import { describeError, Transport } from '../../push/transport';
import type { PushAttempt } from '../../push/types';
import type { Clock } from '../../state/clock';
import { parseXml, toXml, type XmlObject } from '../../wx/xml';
import type { CorpState } from '../state/corp-state';
import type { WecomState } from '../state/wecom-state';
import { sealEchostr, sealWecomMessage, type WecomCryptConfig } from './envelope';
import { changeHeader, type ChangeBody } from './events';
import type { WecomPushRecord } from './types';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface PushTarget extends WecomCryptConfig {
  url: string;
}

export interface VerifyResult {
  ok: boolean;
  url: string;
  status?: number;
  body?: string;
  error?: string;
}

/** Sends WeCom's pushes like WeCom: AES envelope, 5 s timeout, 3 tries, HTTP 200 = received. */
export class WecomPushService {
  private nextId = 1;
  private readonly transport: Transport;

  constructor(
    private readonly state: () => WecomState,
    private readonly clock: Clock,
    readonly options: PushOptions,
  ) {
    this.transport = new Transport({ keepAlive: options.keepAlive });
  }

  /** The contacts-sync callback of a corp, if one is set. */
  target(corp: CorpState): PushTarget | undefined {
    if (!corp.callback) return undefined;
    return { url: corp.callback.url, corpId: corp.corpId, token: corp.config.callbackToken, encodingAESKey: corp.config.encodingAESKey };
  }

  /** A change_contact push for a console change. */
  change(corp: CorpState, body: ChangeBody): Promise<WecomPushRecord> {
    const message = { ...changeHeader(corp, this.clock.seconds()), ...body };
    return this.deliver(corp, 'change_contact', message, this.target(corp), body.ChangeType);
  }

  async deliver(corp: CorpState, event: string, message: XmlObject, target: PushTarget | undefined, changeType?: string): Promise<WecomPushRecord> {
    const xml = toXml(message);
    const record: WecomPushRecord = {
      id: this.nextId++,
      corpId: corp.corpId,
      event,
      ...(changeType ? { changeType } : {}),
      at: this.clock.now(),
      xml,
      message: parseXml(xml),
      attempts: [],
      outcome: 'no-callback',
    };
    this.state().pushes.push(record);
    if (!target) return record;
    record.url = target.url;
    for (let i = 0; i < this.options.attempts && !this.transport.isClosed; i++) {
      if (i > 0) await sleep(this.options.retryDelayMs);
      const sealed = sealWecomMessage(target, message, this.clock.seconds());
      const attempt = await this.attempt(`${target.url}${target.url.includes('?') ? '&' : '?'}${new URLSearchParams(sealed.query)}`, sealed.body);
      record.attempts.push(attempt);
      if (!attempt.error) {
        record.outcome = 'delivered';
        return record;
      }
    }
    record.outcome = 'failed';
    record.error = `${record.attempts.length} 次推送均失败：${record.attempts.map((a) => a.error).join('，')}`;
    return record;
  }

  private async attempt(url: string, body: string): Promise<PushAttempt> {
    const started = Date.now();
    const at = this.clock.now();
    try {
      const res = await this.transport.request('POST', url, body, this.options.timeoutMs);
      const attempt: PushAttempt = { at, durationMs: Date.now() - started, status: res.status, body: res.body };
      if (res.status !== 200) attempt.error = `HTTP ${res.status}`;
      return attempt;
    } catch (err) {
      return { at, durationMs: Date.now() - started, error: describeError(err) };
    }
  }

  /** The URL verification GET WeCom sends when the admin saves a callback URL: the answer must be the plaintext. */
  async verify(target: PushTarget): Promise<VerifyResult> {
    const plain = randomBytes(9).toString('hex');
    const query = new URLSearchParams(sealEchostr(target, plain, this.clock.seconds()));
    try {
      const res = await this.transport.request(
        'GET',
        `${target.url}${target.url.includes('?') ? '&' : '?'}${query}`,
        undefined,
        Math.min(this.options.timeoutMs, 1000),
      );
      return { ok: res.status === 200 && res.body === plain, url: target.url, status: res.status, body: res.body };
    } catch (err) {
      return { ok: false, url: target.url, error: describeError(err) };
    }
  }

  close(): void {
    this.transport.close();
  }
}
