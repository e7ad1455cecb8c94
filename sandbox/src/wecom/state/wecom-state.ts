import type { Clock } from '../../state/clock';
import { qyError } from '../errors';
import { CorpState } from './corp-state';
import { buildDepartments, buildMembers, DEFAULT_MEMBERS, DEMO_CORP, type CorpDataOptions } from './demo-corp';
import { QyTokenStore } from './tokens';
import type { CorpConfig } from './types';
import type { BatchJob } from './batch-jobs';
import { LoginCodes } from './login-codes';
import type { WecomPushRecord } from '../push/types';

export type WecomMessageKind = 'app' | 'robot' | 'welcome' | 'appchat' | 'customer';

export interface WecomMessage {
  id: number;
  corpId: string;
  kind: WecomMessageKind;
  at: number;
  msgid?: string;
  agentid?: number;
  robotKey?: string;
  /** App chats (`appchat/send`): the chat. */
  chatid?: string;
  msgtype: string;
  touser?: string[];
  toparty?: string[];
  totag?: string[];
  payload: Record<string, unknown>;
}

export interface StoredMedia {
  mediaId: string;
  corpId: string;
  type: string;
  filename: string;
  contentType: string;
  data: Buffer;
  createdAt: number;
  /** Robot uploads (`webhook/upload_media`): usable only by the robot with this key. */
  robotKey?: string;
}

/** Everything of the WeCom side: corps, tokens, sent messages, pushes, media, jobs, login codes. */
export class WecomState {
  corps = new Map<string, CorpState>();
  tokens: QyTokenStore;
  messages: WecomMessage[] = [];
  pushes: WecomPushRecord[] = [];
  media = new Map<string, StoredMedia>();
  jobs = new Map<string, BatchJob>();
  /** Robot key → send times (ms) of the last minute. */
  robotSends = new Map<string, number[]>();
  loginCodes: LoginCodes;
  /** gettoken calls that succeeded, per `corpId|role` (role `app:<agentid>` for apps). */
  tokenCalls: Record<string, number> = {};
  private nextMessageId = 1;

  constructor(
    private readonly clock: Clock,
    private options: CorpDataOptions = {},
  ) {
    this.tokens = new QyTokenStore(clock);
    this.loginCodes = new LoginCodes(clock);
    this.reset();
  }

  reset(options?: CorpDataOptions): void {
    if (options) this.options = { ...this.options, ...options };
    this.corps = new Map();
    this.addCorp(DEMO_CORP, this.options);
    this.tokens = new QyTokenStore(this.clock);
    this.loginCodes = new LoginCodes(this.clock);
    this.messages = [];
    this.pushes = [];
    this.media = new Map();
    this.jobs = new Map();
    this.robotSends = new Map();
    this.tokenCalls = {};
  }

  /** A corp with generated contacts (departments, members, two tags). */
  addCorp(config: CorpConfig, data: CorpDataOptions = {}): CorpState {
    const corp = new CorpState(structuredClone(config) as CorpConfig);
    for (const d of buildDepartments(config.name, Math.max(13, data.departments ?? 13))) corp.addDepartment(d);
    for (const m of buildMembers([...corp.departments.values()], data.members ?? DEFAULT_MEMBERS, data.seed ?? 1)) corp.putMember(m);
    const leaders = corp.createTag('门店店长', 1, 'contacts');
    for (const m of [...corp.members.values()].slice(0, 5)) leaders.users.add(m.userid);
    const app = config.apps[0];
    if (app) corp.createTag('消息平台测试组', 2, `app:${app.agentId}`);
    this.corps.set(corp.corpId, corp);
    return corp;
  }

  /** The corp for a `corpid` parameter: 41002 missing, 40013 unknown. */
  corp(corpId: string | null | undefined): CorpState {
    if (!corpId) throw qyError(41002);
    const corp = this.corps.get(corpId);
    if (!corp) throw qyError(40013);
    return corp;
  }

  recordMessage(msg: Omit<WecomMessage, 'id' | 'at'>): WecomMessage {
    const m: WecomMessage = { ...msg, id: this.nextMessageId++, at: this.clock.now() };
    this.messages.push(m);
    return m;
  }
}
