import { WxError } from '../wx/errors';
import type { AppState } from './app-state';
import { Clock } from './clock';
import { CodeStore } from './codes';
import { Counters } from './counters';
import { randomBytes } from 'node:crypto';
import { blankFan, buildDemo, buildEmptyApp, type DemoOptions } from './demo-data';
import { Faults } from './faults';
import { TicketStore } from './tickets';
import { TokenStore } from './tokens';
import type { AppConfig, CallbackConfig, Fan, SentMessage } from './types';
import type { PushRecord } from '../push/types';
import type { CorpDataOptions } from '../wecom/state/demo-corp';
import { WecomState } from '../wecom/state/wecom-state';
import { PayState } from '../pay/state/pay-state';

export interface StateOptions extends DemoOptions {
  /** Extra apps (beyond the demo brand), each starting empty. */
  apps?: AppConfig[];
  /** Callback for every app: a URL template where `{appId}` is replaced, or `demo`. */
  callbackUrl?: string;
  callbackMode?: CallbackConfig['mode'];
  /** The WeCom demo corp's generated contacts (members, departments, seed). */
  wecom?: CorpDataOptions;
}

/** The whole sandbox: apps, tokens, codes, sent messages, pushes, counters, faults, clock. */
export class SandboxState {
  readonly clock = new Clock();
  readonly counters = new Counters();
  readonly faults = new Faults();
  apps = new Map<string, AppState>();
  tokens = new TokenStore(this.clock);
  codes = new CodeStore(this.clock);
  tickets = new TicketStore(this.clock);
  messages: SentMessage[] = [];
  pushes: PushRecord[] = [];
  /** The WeCom side (qyapi): corps, tokens, messages, pushes. */
  wecom!: WecomState;
  /** The WeChat Pay side (api.mch): merchants, transactions, refunds, notifications. */
  pay!: PayState;
  private nextMsgId = 1;
  /** Incremented on each reset, so that ids stay unique across resets. */
  generation = 0;

  constructor(private options: StateOptions = {}) {
    this.reset();
  }

  /** Back to the demo data (optionally with new options), clearing everything else. */
  reset(options?: Partial<StateOptions>): void {
    if (options) this.options = { ...this.options, ...options };
    this.generation++;
    this.apps = new Map();
    for (const app of buildDemo(this.options)) {
      this.apps.set(app.appId, app);
      this.applyDefaultCallback(app);
    }
    for (const config of this.options.apps ?? []) this.addApp(config);
    this.tokens = new TokenStore(this.clock);
    this.codes = new CodeStore(this.clock);
    this.tickets = new TicketStore(this.clock);
    this.messages = [];
    this.pushes = [];
    this.counters.reset();
    this.faults.clear();
    this.clock.reset();
    this.pay = new PayState(this.clock);
    this.wecom = new WecomState(this.clock, { ...(this.options.seed !== undefined ? { seed: this.options.seed } : {}), ...this.options.wecom });
  }

  addApp(config: AppConfig): AppState {
    if (this.apps.has(config.appId)) throw new Error(`app ${config.appId} exists`);
    const app = buildEmptyApp(config);
    this.apps.set(app.appId, app);
    this.applyDefaultCallback(app);
    return app;
  }

  private applyDefaultCallback(app: AppState): void {
    const url = this.options.callbackUrl;
    if (url) app.callback = { url: url.replace('{appId}', app.appId), mode: this.options.callbackMode ?? 'safe' };
  }

  get appList(): AppState[] {
    return [...this.apps.values()];
  }

  /** The app for an `appid` parameter: 41002 when missing, 40013 when unknown. */
  app(appId: string | null | undefined): AppState {
    if (!appId) throw new WxError(41002);
    const app = this.apps.get(appId);
    if (!app) throw new WxError(40013);
    return app;
  }

  /**
   * A new person arriving at an app (consent page, wx.login, admin): a fresh openid, and the
   * given unionid or a new one. Not following unless `extra.subscribed` says so.
   */
  createFan(app: AppState, extra: Partial<Fan> = {}): Fan {
    const id = () => `o${randomBytes(21).toString('base64url').slice(0, 27)}`;
    const n = app.fans.length + 1;
    return app.addFan(
      blankFan(app.appId, extra.openid ?? id(), {
        unionid: id(),
        nickname: `访客${n}`,
        subscribed: false,
        subscribeTime: this.clock.seconds(),
        ...extra,
      }),
    );
  }

  newSessionKey(): string {
    return randomBytes(16).toString('base64');
  }

  /** Records a message sent to a fan; returns its msgid. */
  recordMessage(msg: Omit<SentMessage, 'id' | 'at' | 'msgid'>): SentMessage {
    const id = this.nextMsgId++;
    const sent: SentMessage = { ...msg, id, at: this.clock.now(), msgid: 2_000_000_000 + this.generation * 1_000_000 + id };
    this.messages.push(sent);
    return sent;
  }
}
