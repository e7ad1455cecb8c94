/**
 * The phone around the mini program in a test: wx.request goes to the real CMS over HTTP (Node's
 * fetch), wx.login gets a code minted by the WeChat sandbox, storage is a Map, and what the user
 * would see (toasts, navigations, subscribe prompts) is recorded.
 */
import { API_BASE_KEY, APP_ID } from '../../miniprogram/utils/config';

// Defines the global `wx` this file dresses up.
require('miniprogram-simulate');

export const CMS = process.env.MP_TEST_CMS_URL as string;
export const SANDBOX = process.env.MP_TEST_SANDBOX_URL as string;

export interface Phone {
  storage: Map<string, unknown>;
  toasts: string[];
  navigations: string[];
  subscribePrompts: string[][];
  requests: Array<{ method: string; url: string; data: unknown; header: Record<string, string> }>;
  logins: number;
  /** The WeChat user: unset until the first wx.login, which creates a new one in the sandbox. */
  openid?: string;
}

type Callbacks<T> = { success?: (res: T) => void; fail?: (err: { errMsg: string }) => void; complete?: () => void };

function settle<T>(options: Callbacks<T>, work: Promise<T>): void {
  work.then(
    (res) => {
      options.success?.(res);
      options.complete?.();
    },
    (err: Error) => {
      options.fail?.({ errMsg: err.message });
      options.complete?.();
    },
  );
}

/** wx.request semantics: GET data becomes the query string, other methods send JSON. */
async function http(phone: Phone, o: WechatMiniprogram.RequestOption) {
  const method = o.method ?? 'GET';
  const header = (o.header ?? {}) as Record<string, string>;
  phone.requests.push({ method, url: o.url, data: o.data, header });
  let url = o.url;
  if (method === 'GET' && o.data && typeof o.data === 'object') {
    const qs = new URLSearchParams(o.data as Record<string, string>).toString();
    if (qs) url += (url.includes('?') ? '&' : '?') + qs;
  }
  const body = method === 'GET' || o.data === undefined ? undefined : JSON.stringify(o.data);
  const res = await fetch(url, { method, headers: header, body });
  const text = await res.text();
  let data: unknown = text;
  try {
    data = JSON.parse(text);
  } catch {
    // not JSON: keep the text, as wx.request does
  }
  return { statusCode: res.status, data, header: {}, cookies: [], errMsg: 'request:ok' };
}

/** A sandbox-minted js_code for this phone's WeChat user (a new user on the first login). */
async function sandboxCode(phone: Phone) {
  phone.logins += 1;
  const res = await fetch(`${SANDBOX}/_sandbox/miniprogram/code`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ appId: APP_ID, ...(phone.openid ? { openid: phone.openid } : {}) }),
  });
  if (!res.ok) throw new Error(`sandbox code: ${res.status}`);
  const minted = (await res.json()) as { js_code: string; openid: string };
  phone.openid = minted.openid;
  return { code: minted.js_code, errMsg: 'login:ok' };
}

export function installPhone(): Phone {
  const phone: Phone = { storage: new Map([[API_BASE_KEY, CMS]]), toasts: [], navigations: [], subscribePrompts: [], requests: [], logins: 0 };
  const record = (url: string) => (o: Callbacks<unknown> & { url?: string }) => {
    phone.navigations.push(o.url ?? url);
    settle(o, Promise.resolve({ errMsg: 'ok' }));
  };
  Object.assign(wx, {
    request: (o: WechatMiniprogram.RequestOption) => {
      settle(o as Callbacks<unknown>, http(phone, o));
      return { abort() {} };
    },
    login: (o: Callbacks<unknown>) => settle(o, sandboxCode(phone)),
    getStorageSync: (key: string) => phone.storage.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => void phone.storage.set(key, value),
    removeStorageSync: (key: string) => void phone.storage.delete(key),
    showToast: (o: { title: string }) => void phone.toasts.push(o.title),
    showModal: (o: Callbacks<{ confirm: boolean; cancel: boolean }>) => settle(o, Promise.resolve({ confirm: true, cancel: false })),
    navigateTo: record(''),
    redirectTo: record(''),
    switchTab: record(''),
    navigateBack: record('back'),
    requestSubscribeMessage: (o: Callbacks<unknown> & { tmplIds: string[] }) => {
      phone.subscribePrompts.push(o.tmplIds);
      settle(o, Promise.resolve(Object.fromEntries(o.tmplIds.map((id) => [id, 'accept']))));
    },
    // The WeChat app pays: the sandbox's payer confirms the prepay_id (its notification goes to the CMS).
    requestPayment: (o: Callbacks<unknown> & { package: string }) =>
      settle(
        o,
        fetch(`${SANDBOX}/_sandbox/pay/pay`, {
          method: 'POST',
          body: JSON.stringify({ prepayId: o.package.replace('prepay_id=', ''), openid: phone.openid }),
        }).then((res) => {
          if (!res.ok) throw new Error('requestPayment:fail');
          return { errMsg: 'requestPayment:ok' };
        }),
      ),
    setNavigationBarTitle: () => undefined,
    stopPullDownRefresh: () => undefined,
    setClipboardData: () => undefined,
  });
  return phone;
}

/** Reads JSON from the CMS the way a test checks what the page shows. */
export async function cmsJson<T>(pathname: string, jwt?: string): Promise<T> {
  const res = await fetch(`${CMS}/api${pathname}`, { headers: jwt ? { Authorization: `Bearer ${jwt}` } : {} });
  if (!res.ok) throw new Error(`${pathname}: ${res.status}`);
  // This realm's JSON.parse: arrays from Node's res.json() fail the simulator's `instanceof Array`.
  return JSON.parse(await res.text()) as T;
}
