import { apiBase } from './config';
import type { ApiError } from './types';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface HttpResult {
  statusCode: number;
  data: unknown;
}

/** One wx.request to `<apiBase>/api<path>`, as a promise; network failures become status 0. */
export function send(method: Method, path: string, data: unknown, header: Record<string, string>): Promise<HttpResult> {
  return new Promise((resolve) => {
    wx.request({
      url: `${apiBase()}/api${path}`,
      method,
      data: data as WechatMiniprogram.IAnyObject,
      header: { 'content-type': 'application/json', ...header },
      success: (res) => resolve({ statusCode: res.statusCode, data: res.data }),
      fail: () => resolve({ statusCode: 0, data: null }),
    });
  });
}

/** Strapi's error envelope → what a person reads; Chinese fallbacks when there is none. */
export function toApiError(res: HttpResult): ApiError {
  const error = (res.data as { error?: Partial<ApiError> } | null)?.error;
  if (res.statusCode === 0) return { status: 0, name: 'NetworkError', message: '网络异常，请稍后重试' };
  return {
    status: res.statusCode,
    name: error?.name ?? 'HttpError',
    message: error?.message || `请求失败（${res.statusCode}）`,
  };
}

export function isOk(res: HttpResult): boolean {
  return res.statusCode >= 200 && res.statusCode < 300;
}
