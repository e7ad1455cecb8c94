import { APP_ID, TOKEN_KEY } from './config';
import { isOk, send, toApiError } from './http';

let pending: Promise<string> | null = null;

export function token(): string {
  return (wx.getStorageSync(TOKEN_KEY) as string) || '';
}

export function clearToken(): void {
  wx.removeStorageSync(TOKEN_KEY);
}

function wxLogin(): Promise<string> {
  return new Promise((resolve, reject) => {
    wx.login({ success: (res) => resolve(res.code), fail: () => reject({ status: 0, name: 'LoginFailed', message: '微信登录失败' }) });
  });
}

/** wx.login → POST /api/wechat/miniprogram/login → JWT in storage. Concurrent callers share one login. */
export function login(): Promise<string> {
  pending ??= (async () => {
    const code = await wxLogin();
    const res = await send('POST', '/wechat/miniprogram/login', { code, appId: APP_ID }, {});
    if (!isOk(res)) throw toApiError(res);
    const jwt = (res.data as { jwt: string }).jwt;
    wx.setStorageSync(TOKEN_KEY, jwt);
    return jwt;
  })().finally(() => {
    pending = null;
  });
  return pending;
}

export async function ensureLogin(): Promise<string> {
  return token() || login();
}
