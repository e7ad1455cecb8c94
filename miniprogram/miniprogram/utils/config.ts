/** Where the CMS is and which WeChat app this is. */

export const APP_ID = 'wx5a0d7e3c1b9f0002';
export const DEFAULT_API_BASE = 'http://127.0.0.1:1337';
/** Storage key to point the mini program at another CMS (DevTools console: wx.setStorageSync('wedraw.apiBase', url)). */
export const API_BASE_KEY = 'wedraw.apiBase';
export const TOKEN_KEY = 'wedraw.jwt';
export const PICKED_ADDRESS_KEY = 'wedraw.pickedAddress';
/** Subscribe-message template "兑换成功提醒" (the sandbox's demo template; set the real one per brand). */
export const EXCHANGE_TEMPLATE_IDS = ['WdMpExchange_5Tg7Yh2Uj9Ik4Ol1Pz6Xc3Vb8Nm0Qw'];

export function apiBase(): string {
  const custom = wx.getStorageSync(API_BASE_KEY) as string | undefined;
  return (custom || DEFAULT_API_BASE).replace(/\/$/, '');
}
