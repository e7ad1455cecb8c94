import { randomBytes } from 'node:crypto';
import { AdminError } from '../http/reply';
import type { AppState } from '../state/app-state';
import type { SandboxState } from '../state/sandbox-state';
import type { CallbackConfig, Fan } from '../state/types';
import { parseXml, toXml } from '../wx/xml';
import { openReply, sealMessage } from './envelope';
import { inboundMessage } from './events';
import { describeError, Transport } from './transport';
import { PUSH_TYPES, type PushAttempt, type PushInput, type PushRecord } from './types';

export interface PushOptions {
  /** How long WeChat waits for an answer (5000 ms). */
  timeoutMs: number;
  /** Deliveries in total, first try included (3). */
  attempts: number;
  /** Pause between a failed delivery and the next (500 ms). */
  retryDelayMs: number;
  /** Reuse connections to developer servers (off: one connection per push). */
  keepAlive?: boolean;
}

export const DEFAULT_PUSH: PushOptions = { timeoutMs: 5000, attempts: 3, retryDelayMs: 500 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends WeChat's pushes to developer servers, retries like WeChat and records the replies. */
export class PushService {
  /** The sandbox's own origin, for the `demo` callback (set once the server listens). */
  origin = '';
  private nextId = 1;
  private readonly pending = new Set<Promise<unknown>>();
  private readonly transport: Transport;

  constructor(
    private readonly state: SandboxState,
    readonly options: PushOptions = DEFAULT_PUSH,
  ) {
    this.transport = new Transport({ keepAlive: options.keepAlive });
  }

  resolveUrl(app: AppState, url: string): string {
    return url === 'demo' ? `${this.origin}/_sandbox/demo-server/${app.appId}` : url;
  }

  /** The fan a push comes from; a subscribe from an unknown openid is a new follower. */
  private fanFor(app: AppState, input: PushInput): Fan {
    const fan = app.fan(input.openid);
    if (fan) return fan;
    if (input.type === 'subscribe') return this.state.createFan(app, { openid: input.openid });
    throw new AdminError(404, `no fan ${input.openid} in ${app.appId}`);
  }

  /** What the push means for the fan before any server sees it: follow state, service window. */
  private applyToFan(fan: Fan, input: PushInput): void {
    const now = this.state.clock.now();
    if (input.type === 'subscribe') {
      fan.subscribed = true;
      fan.subscribeTime = Math.floor(now / 1000);
      fan.subscribeScene = input.eventKey ? 'ADD_SCENE_QR_CODE' : fan.subscribeScene;
    }
    if (input.type === 'unsubscribe') fan.subscribed = false;
    if (['subscribe', 'text', 'CLICK', 'SCAN'].includes(input.type)) {
      fan.lastInteractionAt = now;
      fan.customSentSinceInteraction = 0;
    }
  }

  async deliver(input: PushInput): Promise<PushRecord> {
    if (!PUSH_TYPES.includes(input.type)) throw new AdminError(400, `type must be one of ${PUSH_TYPES.join(', ')}`);
    const app = this.state.apps.get(input.appId);
    if (!app) throw new AdminError(404, `no app ${input.appId}`);
    const fan = this.fanFor(app, input);
    this.applyToFan(fan, input);
    const message = inboundMessage(app.config, { ...input, openid: fan.openid }, this.state.clock.seconds());
    const callback: CallbackConfig | null = input.url ? { url: input.url, mode: input.mode ?? app.callback?.mode ?? 'plain' } : app.callback;
    const xml = toXml(message);
    const record = {
      id: this.nextId++,
      appId: app.appId,
      openid: fan.openid,
      type: input.type,
      at: this.state.clock.now(),
      xml,
      attempts: [],
      outcome: 'no-callback',
    } as unknown as PushRecord;
    // The fields as read back from the XML, parsed when first looked at (most pushes never are).
    let fields: Record<string, string> | undefined;
    Object.defineProperty(record, 'message', { enumerable: true, get: () => (fields ??= parseXml(xml) as Record<string, string>) });
    this.state.pushes.push(record);
    if (!callback) return record;
    const mode = input.mode ?? callback.mode;
    Object.assign(record, { url: this.resolveUrl(app, callback.url), mode });
    const opts = {
      timeoutMs: input.timeoutMs ?? this.options.timeoutMs,
      attempts: input.attempts ?? this.options.attempts,
      retryDelayMs: input.retryDelayMs ?? this.options.retryDelayMs,
    };
    for (let i = 0; i < opts.attempts && !this.transport.isClosed; i++) {
      if (i > 0) await sleep(opts.retryDelayMs);
      const sealed = sealMessage(app.config, mode, message, fan.openid, this.state.clock.seconds());
      const attempt = await this.attempt(
        `${record.url}${record.url?.includes('?') ? '&' : '?'}${new URLSearchParams(sealed.query)}`,
        sealed.body,
        opts.timeoutMs,
      );
      record.attempts.push(attempt);
      if (attempt.error) continue;
      this.readReply(app, record, attempt.body ?? '');
      return record;
    }
    record.outcome = 'failed';
    record.error = `${record.attempts.length} 次推送均失败：${record.attempts.map((a) => a.error).join('，')}`;
    return record;
  }

  private async attempt(url: string, body: string, timeoutMs: number): Promise<PushAttempt> {
    const started = Date.now();
    const at = this.state.clock.now();
    try {
      const res = await this.transport.request('POST', url, body, timeoutMs);
      const attempt: PushAttempt = { at, durationMs: Date.now() - started, status: res.status, body: res.body };
      if (res.status !== 200) attempt.error = `HTTP ${res.status}`;
      return attempt;
    } catch (err) {
      return { at, durationMs: Date.now() - started, error: describeError(err) };
    }
  }

  private readReply(app: AppState, record: PushRecord, body: string): void {
    const opened = openReply(app.config, record.mode ?? 'plain', body);
    if (opened.kind === 'none') {
      record.outcome = 'no-reply';
      return;
    }
    if (opened.kind === 'invalid') {
      record.outcome = 'invalid-reply';
      record.error = opened.error;
      return;
    }
    const problems: string[] = [];
    if (opened.message.ToUserName !== record.openid) problems.push('ToUserName 应为粉丝的 openid');
    if (opened.message.FromUserName !== app.config.ghId) problems.push(`FromUserName 应为 ${app.config.ghId}`);
    if (typeof opened.message.MsgType !== 'string') problems.push('缺少 MsgType');
    record.outcome = 'replied';
    record.reply = { xml: opened.xml, message: opened.message, encrypted: opened.encrypted, problems };
    this.state.recordMessage({ kind: 'reply', appId: app.appId, touser: record.openid, payload: opened.message });
  }

  /** After a template send: WeChat pushes TEMPLATESENDJOBFINISH when a callback is configured. */
  templateFinished(app: AppState, openid: string, msgId: number): void {
    if (!app.callback) return;
    this.track(this.deliver({ appId: app.appId, openid, type: 'TEMPLATESENDJOBFINISH', msgId, status: 'success' }));
  }

  private track(p: Promise<unknown>): void {
    const guarded = p.catch((err) => console.error('[sandbox] push failed', err));
    this.pending.add(guarded);
    void guarded.finally(() => this.pending.delete(guarded));
  }

  /** URL verification (reference §2.1): GET with echostr; the server must echo it verbatim. */
  async verify(app: AppState, url?: string) {
    const target = url ?? app.callback?.url;
    if (!target) throw new AdminError(409, `app ${app.appId} has no callback url`);
    const resolved = this.resolveUrl(app, target);
    const sealed = sealMessage(app.config, 'plain', {}, '', this.state.clock.seconds());
    const echostr = randomBytes(9).toString('hex');
    const query = new URLSearchParams({
      signature: sealed.query.signature as string,
      timestamp: sealed.query.timestamp as string,
      nonce: sealed.query.nonce as string,
      echostr,
    });
    try {
      const res = await this.transport.request('GET', `${resolved}${resolved.includes('?') ? '&' : '?'}${query}`, undefined, this.options.timeoutMs);
      return { ok: res.status === 200 && res.body === echostr, status: res.status, body: res.body, echostr, url: resolved };
    } catch (err) {
      return { ok: false, error: describeError(err), echostr, url: resolved };
    }
  }

  /** Stops retries and in-flight deliveries; waits for them to settle. */
  async close(): Promise<void> {
    this.transport.close();
    await Promise.allSettled([...this.pending]);
  }
}
