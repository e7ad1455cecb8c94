import { businessError, notFound } from '@wedraw/kit';
import type { WechatApi } from './clients';
import { errcodeOf, wechatUnavailable } from '../lib/errors';

/** user/info as WeChat answers it (reference §1.3). */
export interface UserInfo {
  subscribe: number;
  openid: string;
  unionid?: string;
  subscribe_time?: number;
  remark?: string;
  tagid_list?: number[];
  subscribe_scene?: string;
}
export interface WechatTag {
  id: number;
  name: string;
  count?: number;
}

/** The co-wechat-api calls of users and tags (the package ships no types). */
export type FanApi = Omit<WechatApi, 'getFollowers' | 'getTags'> & {
  getFollowers(next?: string): Promise<{ total: number; count: number; data?: { openid: string[] }; next_openid: string }>;
  batchGetUsers(openids: string[], lang?: string): Promise<{ user_info_list: UserInfo[] }>;
  getTags(): Promise<{ tags: WechatTag[] }>;
  createTags(name: string): Promise<{ tag: WechatTag }>;
  updateTag(id: number, name: string): Promise<unknown>;
  deleteTag(id: number): Promise<unknown>;
  batchTagging(openids: string[], tagId: number): Promise<unknown>;
  batchUnTagging(openids: string[], tagId: number): Promise<unknown>;
};

/** WeChat's limits (reference §1.3). */
export const FOLLOWERS_PAGE = 10_000;
export const BATCHGET_MAX = 100;
export const TAGGING_MAX = 50;

const conflict = (name: string, message: string, errcode: number) => businessError(name, message, { errcode });

/** A tag call's errcode in words: 409 for a rule WeChat enforces, 404 for an unknown tag, 502 otherwise. */
export function tagError(err: unknown): Error {
  const code = errcodeOf(err);
  switch (code) {
    case 45157:
      return conflict('TagNameTaken', '标签名已存在或不合法', code);
    case 45158:
      return conflict('TagNameTooLong', '标签名不能超过 30 个字节', code);
    case 45056:
      return conflict('TooManyTags', '公众号最多只能创建 100 个标签', code);
    case 45058:
      return conflict('ReservedTag', '系统保留标签（0、1、2）不能修改或删除', code);
    case 45057:
      return conflict('TagTooLarge', '该标签下粉丝超过 10 万，不能删除', code);
    case 45059:
      return conflict('TooManyTagsOnFan', '有粉丝已打满 20 个标签', code);
    case 40003:
    case 49003:
      return conflict('UnknownOpenid', '包含不属于该公众号的 openid', code);
    case 45159:
      return notFound('标签不存在', { errcode: code });
    default:
      return wechatUnavailable(code);
  }
}

/** Runs `fn` over `items` with at most `limit` calls in flight, results in order. */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
