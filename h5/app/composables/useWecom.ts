import type { Paginated } from '@wedraw/contract';

/** The employee's WeCom session: a cookie of its own, never the mall visitor's `wedraw_token`. */
export const WECOM_TOKEN_COOKIE = 'wedraw_wecom_token';
const STATE_KEY = 'wedraw_wecom_login_state';

export interface WecomDepartment {
  id: number;
  name: string;
}

/** A directory row (GET /api/wecom/employee/members). */
export interface WecomMemberCard {
  userid: string;
  name: string;
  position: string | null;
  departments: WecomDepartment[];
}

/** A member's detail; the mobile comes masked from the CMS (138****1234). */
export interface WecomMemberDetail extends WecomMemberCard {
  alias: string | null;
  gender: string | null;
  mainDepartment: WecomDepartment | null;
  mobile: string | null;
  email: string | null;
  status: number | null;
}

/** The logged-in employee (GET /api/wecom/employee/me). */
export interface WecomEmployee extends WecomMemberDetail {
  corpId: string;
  corpName: string;
}

export function useWecomToken() {
  return useCookieState<string>(WECOM_TOKEN_COOKIE);
}

/** A fetch bound to the CMS with the employee's JWT; a 401 drops it and logs in again through WeCom. */
export function useWecomApi() {
  return useApi({ token: useWecomToken(), loginPath: '/wecom/login' });
}

/** Only /wecom pages are followed after an employee's login. */
export function safeWecomPath(to: unknown): string {
  return typeof to === 'string' && /^\/wecom(\/|$|\?)/.test(to) && !to.startsWith('/wecom/login') ? to : '/wecom';
}

/**
 * WeCom web login (API.md): the CMS gives the `wwlogin/sso/login` URL (the sandbox's member
 * picker in development), WeCom comes back to /wecom/login with a code and our state, the CMS
 * swaps the code for a JWT of the user linked to the member.
 */
export function useWecomAuth() {
  const token = useWecomToken();
  const api = useWecomApi();

  async function startLogin(to: string): Promise<void> {
    const state = Math.random().toString(36).slice(2, 12);
    sessionStorage.setItem(STATE_KEY, state);
    const redirect = `${window.location.origin}/wecom/login?to=${encodeURIComponent(safeWecomPath(to))}`;
    const { url } = await api<{ url: string }>('/wecom/login/url', { query: { redirect, state } });
    window.location.assign(url);
  }

  /** Swaps the code; a state other than the one this tab sent is refused before any call. */
  async function finishLogin(code: string, state: unknown): Promise<void> {
    const expected = sessionStorage.getItem(STATE_KEY);
    sessionStorage.removeItem(STATE_KEY);
    if (!expected || state !== expected) {
      const message = '登录请求已失效，请重新登录';
      // Shaped as an API error, so pages show it through toApiError like any other.
      throw Object.assign(new Error(message), { data: { error: { status: 400, name: 'InvalidState', message } } });
    }
    const res = await api<{ jwt: string }>('/wecom/login', { method: 'POST', body: { code } });
    token.value = res.jwt;
  }

  function logout(): void {
    token.value = null;
  }

  return { token, loggedIn: computed(() => Boolean(token.value)), startLogin, finishLogin, logout };
}

/** The employee's directory: the logged-in member, search (paged) and a member's detail. */
export function useWecomDirectory() {
  const api = useWecomApi();
  return {
    me: async () => (await api<{ data: WecomEmployee }>('/wecom/employee/me')).data,
    search: (q: string, page: number, pageSize: number) =>
      api<Paginated<WecomMemberCard>>('/wecom/employee/members', { query: { q: q || undefined, page, pageSize } }),
    member: async (userid: string) => (await api<{ data: WecomMemberDetail }>(`/wecom/employee/members/${encodeURIComponent(userid)}`)).data,
  };
}

/** 市场部 / 华东大区 */
export const departmentText = (departments: WecomDepartment[]): string => departments.map((d) => d.name).join(' / ') || '未分配部门';

/** One of the employee's customer groups (GET /api/wecom/employee/groups). */
export interface WecomGroupCard {
  chatId: string;
  name: string | null;
  memberCount: number;
  createTime: string | null;
  notice: string | null;
}

export interface WecomGroupDetail extends WecomGroupCard {
  members: { memberId: string; name: string | null; type: 'member' | 'customer'; joinTime: string | null }[];
}

/** One day of the employee's group figures (GET /api/wecom/employee/group-stats). */
export interface WecomStatDay {
  day: string;
  newChatCnt: number;
  chatTotal: number;
  newMemberCnt: number;
  memberTotal: number;
  msgTotal: number;
}

/** A robot the admin lets the employee use (GET /api/wecom/employee/robots); settings only for those who may configure it. */
export interface WecomRobotCard {
  code: string;
  name: string;
  chatName: string | null;
  textAllowed: boolean;
  canConfigure: boolean;
  remark?: string | null;
  allowedTypes?: string[];
}

/** What a member the admin allows may change (PUT /api/wecom/employee/robots/:code). */
export interface WecomRobotSettings {
  name: string;
  remark: string;
  allowedTypes: string[];
}

/** The robot message types, as the admin page names them. */
export const ROBOT_TYPE_NAMES: Record<string, string> = { text: '文本', markdown: 'Markdown', image: '图片', news: '图文链接', file: '文件' };

/** The employee's own groups (我的客户群) and the robots they may send through (群机器人). */
export function useWecomWorkspace() {
  const api = useWecomApi();
  return {
    groups: (q: string, page: number, pageSize: number) =>
      api<Paginated<WecomGroupCard>>('/wecom/employee/groups', { query: { q: q || undefined, page, pageSize } }),
    group: async (chatId: string) => (await api<{ data: WecomGroupDetail }>(`/wecom/employee/groups/${encodeURIComponent(chatId)}`)).data,
    groupStats: async (days = 30) =>
      (await api<{ data: { from: string; to: string; days: WecomStatDay[] } }>('/wecom/employee/group-stats', { query: { days } })).data,
    robots: async () => (await api<{ data: WecomRobotCard[] }>('/wecom/employee/robots')).data,
    configureRobot: async (code: string, settings: WecomRobotSettings) =>
      (await api<{ data: WecomRobotCard }>(`/wecom/employee/robots/${encodeURIComponent(code)}`, { method: 'PUT', body: settings })).data,
    sendText: (code: string, content: string) =>
      api<{ data: { documentId: string; status: string } }>(`/wecom/employee/robots/${encodeURIComponent(code)}/messages`, {
        method: 'POST',
        body: { content },
      }),
  };
}

/** 2026/12/3 09:30 in China time. */
export const chinaTime = (at: string | null): string =>
  at
    ? new Date(at).toLocaleString('zh-CN', {
        timeZone: 'Asia/Shanghai',
        hour12: false,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      })
    : '—';
