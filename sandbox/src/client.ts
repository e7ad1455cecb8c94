import type { PushInput, PushRecord } from './push/types';
import type { EndpointCounter } from './state/counters';
import type { Fault, FaultInput } from './state/faults';
import type { AppConfig, CallbackConfig, Fan, MessageMode, SentMessage } from './state/types';
import type { WecomPushRecord } from './wecom/push/types';
import type { WecomMessage } from './wecom/state/wecom-state';
import type { CorpCallback, CorpConfig, CorpSwitches, Department, Member } from './wecom/state/types';

export type AppSummary = AppConfig & { callback: CallbackConfig | null; fans: number; followers: number };
export type FanView = Fan & { headimgurl: string };
export type WecomCorpSummary = CorpConfig & { callback: CorpCallback | null; switches: CorpSwitches; departments: number; members: number; tags: number };

/** A typed client of the sandbox's admin API (`/_sandbox/...`), over HTTP. */
export class SandboxClient {
  constructor(readonly url: string) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = (await res.json()) as T & { error?: string };
    if (!res.ok) throw new Error(`sandbox ${method} ${path}: ${res.status} ${data.error ?? ''}`);
    return data;
  }

  apps(): Promise<AppSummary[]> {
    return this.call('GET', '/_sandbox/apps');
  }

  fans(appId: string, query: { offset?: number; limit?: number; q?: string; subscribed?: boolean } = {}): Promise<{ total: number; fans: FanView[] }> {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]));
    return this.call('GET', `/_sandbox/apps/${appId}/fans?${qs}`);
  }

  fan(appId: string, openid: string): Promise<FanView> {
    return this.call('GET', `/_sandbox/apps/${appId}/fans/${encodeURIComponent(openid)}`);
  }

  updateFan(appId: string, openid: string, patch: Partial<Fan> | { lastInteractionAt: 'now' }): Promise<FanView> {
    return this.call('PATCH', `/_sandbox/apps/${appId}/fans/${encodeURIComponent(openid)}`, patch);
  }

  setCallback(appId: string, url: string | null, mode: MessageMode = 'safe'): Promise<{ callback: CallbackConfig | null }> {
    return this.call('PUT', `/_sandbox/apps/${appId}/callback`, { url, mode });
  }

  verifyCallback(appId: string, url?: string): Promise<{ ok: boolean; status?: number; body?: string; error?: string }> {
    return this.call('POST', `/_sandbox/apps/${appId}/callback/verify`, url ? { url } : {});
  }

  push(input: PushInput): Promise<PushRecord> {
    return this.call('POST', '/_sandbox/push', input);
  }

  pushes(query: { appId?: string; openid?: string; type?: string } = {}): Promise<PushRecord[]> {
    return this.call('GET', `/_sandbox/pushes?${new URLSearchParams(query)}`);
  }

  messages(query: { appId?: string; kind?: string; touser?: string } = {}): Promise<SentMessage[]> {
    return this.call('GET', `/_sandbox/messages?${new URLSearchParams(query)}`);
  }

  miniProgramCode(appId: string, who: { openid?: string; unionid?: string } = {}): Promise<{ js_code: string; openid: string; unionid?: string }> {
    return this.call('POST', '/_sandbox/miniprogram/code', { appId, ...who });
  }

  oauthCode(
    appId: string,
    openid?: string,
    scope: 'snsapi_base' | 'snsapi_userinfo' = 'snsapi_base',
  ): Promise<{ code: string; openid: string; unionid?: string }> {
    return this.call('POST', '/_sandbox/oauth/code', { appId, openid, scope });
  }

  grantSubscribe(appId: string, openid: string, templateId: string, count = 1): Promise<{ granted: number }> {
    return this.call('POST', '/_sandbox/miniprogram/subscribe', { appId, openid, templateId, count });
  }

  counters(): Promise<Record<string, EndpointCounter>> {
    return this.call('GET', '/_sandbox/counters');
  }

  resetCounters(): Promise<unknown> {
    return this.call('DELETE', '/_sandbox/counters');
  }

  fault(input: FaultInput): Promise<Fault> {
    return this.call('POST', '/_sandbox/faults', input);
  }

  clearFaults(): Promise<unknown> {
    return this.call('DELETE', '/_sandbox/faults');
  }

  expireTokens(query: { appId?: string; token?: string; kind?: 'access' | 'oauth' | 'all' } = {}): Promise<{ expired: number }> {
    return this.call('POST', '/_sandbox/tokens/expire', query);
  }

  advanceClock(seconds: number): Promise<{ now: number }> {
    return this.call('POST', '/_sandbox/clock', { advanceSeconds: seconds });
  }

  /** Sandbox milliseconds per real millisecond (1 = real time; 20 = a sandbox minute every 3 s). */
  setClockSpeed(speed: number): Promise<{ now: number; offsetMs: number; speed: number }> {
    return this.call('POST', '/_sandbox/clock', { speed });
  }

  reset(options: { fans?: number; seed?: number | string } = {}): Promise<unknown> {
    return this.call('POST', '/_sandbox/reset', options);
  }

  // --- WeCom -----------------------------------------------------------------------------------

  wecomCorps(): Promise<WecomCorpSummary[]> {
    return this.call('GET', '/_sandbox/wecom/corps');
  }

  wecomMembers(
    corpId: string,
    query: { department?: number; fetchChild?: boolean; q?: string; offset?: number; limit?: number } = {},
  ): Promise<{ total: number; offset: number; members: Member[] }> {
    const qs = new URLSearchParams();
    if (query.department !== undefined) qs.set('department', String(query.department));
    if (query.fetchChild) qs.set('fetch_child', '1');
    if (query.q) qs.set('q', query.q);
    if (query.offset !== undefined) qs.set('offset', String(query.offset));
    if (query.limit !== undefined) qs.set('limit', String(query.limit));
    return this.call('GET', `/_sandbox/wecom/${corpId}/members?${qs}`);
  }

  wecomDepartments(corpId: string): Promise<Department[]> {
    return this.call('GET', `/_sandbox/wecom/${corpId}/departments`);
  }

  /** Saves the contacts callback; WeCom's URL verification runs first unless `verify: false`. */
  wecomSetCallback(corpId: string, url: string | null, options: { reduced?: boolean; verify?: boolean } = {}): Promise<{ callback: CorpCallback | null }> {
    return this.call('PUT', `/_sandbox/wecom/${corpId}/callback`, { url, ...options });
  }

  wecomFaults(input: Partial<CorpSwitches> & { corpId?: string }): Promise<(CorpSwitches & { corpId: string })[]> {
    return this.call('POST', '/_sandbox/wecom/faults', input);
  }

  /** A console change (`departments`, `departments/:id`, `members`, `members/:userid`, `tags/:tagid/members`). */
  wecomConsole<T = { push: WecomPushRecord }>(corpId: string, method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
    return this.call(method, `/_sandbox/wecom/${corpId}/console/${path}`, body);
  }

  wecomPushes(query: { corpId?: string; event?: string; changeType?: string } = {}): Promise<WecomPushRecord[]> {
    return this.call('GET', `/_sandbox/wecom/pushes?${new URLSearchParams(query as Record<string, string>)}`);
  }

  /** Robots with their webhook keys (`corpId` narrows to one corp). */
  wecomRobots(corpId?: string): Promise<{ corpId: string; key: string; name: string; webhookPath: string; sentLastMinute: number }[]> {
    return this.call('GET', `/_sandbox/wecom/robots${corpId ? `?corpId=${corpId}` : ''}`);
  }

  /** Adds a robot to a corp (a random key unless given). */
  wecomAddRobot(corpId: string, robot: { key?: string; name?: string } = {}): Promise<{ key: string; name: string }> {
    return this.call('POST', `/_sandbox/wecom/${corpId}/robots`, robot);
  }

  /** App-created group chats of a corp. */
  wecomAppChats(corpId: string): Promise<{ chatid: string; name: string; owner: string; userlist: string[]; agentId: number; createdAt: number }[]> {
    return this.call('GET', `/_sandbox/wecom/${corpId}/appchats`);
  }

  /** 客户群发 tasks a member was asked to confirm. */
  wecomGroupMsgs(corpId: string): Promise<{ msgid: string; sender: string; createdAt: number; customers: string[] }[]> {
    return this.call('GET', `/_sandbox/wecom/${corpId}/groupmsgs`);
  }

  /** Client action: the sender confirms a 客户群发 task in WeCom (results turn sent, or 2 for a customer no longer theirs). */
  wecomConfirmGroupMsg(corpId: string, msgid: string): Promise<{ msgid: string; results: { externalUserid: string; status: number; sendTime: number }[] }> {
    return this.call('POST', `/_sandbox/wecom/${corpId}/client/confirm-groupmsg`, { msgid });
  }

  wecomMessages(query: { corpId?: string; kind?: 'app' | 'robot' | 'appchat' | 'customer'; key?: string } = {}): Promise<WecomMessage[]> {
    return this.call('GET', `/_sandbox/wecom/messages?${new URLSearchParams(query as Record<string, string>)}`);
  }

  /** A DingTalk group robot with 加签: sends to `token` must carry a valid `timestamp` and `sign`. */
  dingtalkSigningRobot(token: string, secret: string): Promise<{ token: string }> {
    return this.call('POST', '/_sandbox/dingtalk/robots', { token, secret });
  }

  /** What DingTalk group robots received (`token` narrows to one robot). */
  dingtalkMessages(token?: string): Promise<{ token: string; msgtype: string; body: Record<string, unknown>; at: number }[]> {
    return this.call('GET', `/_sandbox/dingtalk/messages${token ? `?token=${encodeURIComponent(token)}` : ''}`);
  }

  wecomTokens(corpId?: string): Promise<{ calls: Record<string, number>; tokens: unknown[] }> {
    return this.call('GET', `/_sandbox/wecom/tokens${corpId ? `?corpId=${corpId}` : ''}`);
  }

  wecomLoginCode(corpId: string, userid: string, agentId?: number): Promise<{ code: string; expiresAt: number }> {
    return this.call('POST', '/_sandbox/wecom/login/code', { corpId, userid, agentId });
  }

  wecomReset(options: { members?: number; departments?: number; seed?: number | string } = {}): Promise<unknown> {
    return this.call('POST', '/_sandbox/wecom/reset', options);
  }
}
