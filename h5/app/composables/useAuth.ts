import type { WechatUser } from '@wedraw/contract';

/**
 * OA web authorization (API.md "Login"): the CMS gives the authorize URL (the sandbox's consent
 * page in development), WeChat comes back to /login with a code, the CMS swaps it for a JWT.
 */
export function useAuth() {
  const token = useToken();
  const user = useCookieState<WechatUser>('wedraw_user');
  const config = useRuntimeConfig();
  const api = useApi();
  const appId = (config.public.wechatAppId as string) || undefined;

  /** Where WeChat sends the visitor back: /login, remembering the page to return to. */
  function callbackUrl(to: string): string {
    return `${window.location.origin}/login?to=${encodeURIComponent(safeReturnPath(to))}`;
  }

  async function startLogin(to: string): Promise<void> {
    const { url } = await api<{ url: string }>('/wechat/oauth/authorize-url', {
      query: { redirect: callbackUrl(to), scope: 'snsapi_userinfo', ...(appId ? { appId } : {}) },
    });
    window.location.assign(url);
  }

  async function finishLogin(code: string): Promise<WechatUser> {
    const res = await api<{ jwt: string; user: WechatUser }>('/wechat/oauth/login', { method: 'POST', body: { code, ...(appId ? { appId } : {}) } });
    token.value = res.jwt;
    user.value = res.user;
    return res.user;
  }

  function logout(): void {
    token.value = null;
    user.value = null;
  }

  return { token, user, loggedIn: computed(() => Boolean(token.value)), startLogin, finishLogin, logout };
}

/** Only same-site paths are followed after login (no open redirect through `to`). */
export function safeReturnPath(to: unknown): string {
  return typeof to === 'string' && to.startsWith('/') && !to.startsWith('//') ? to : '/me';
}
