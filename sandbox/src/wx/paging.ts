import type { Fan } from '../state/types';
import type { AppState } from '../state/app-state';
import { WxError } from './errors';

/** WeChat's follower lists give at most 10000 OpenIDs a call. */
export const PAGE_SIZE = 10000;

/**
 * One page of an openid list in follow order, after `nextOpenid` (empty = from the start).
 * Pages carry the last OpenID as `next_openid`; past the end the answer is `count: 0` with an
 * empty `next_openid` and no `data` (reference §1.3; the end-of-list shape is documented loosely).
 */
export function pageOpenids(app: AppState, nextOpenid: string | null | undefined, include: (f: Fan) => boolean) {
  let start = 0;
  if (nextOpenid) {
    const pos = app.position(nextOpenid);
    if (pos < 0) throw new WxError(40003);
    start = pos + 1;
  }
  const openids: string[] = [];
  for (let i = start; i < app.fans.length && openids.length < PAGE_SIZE; i++) {
    const fan = app.fans[i] as Fan;
    if (include(fan)) openids.push(fan.openid);
  }
  if (openids.length === 0) return { count: 0, next_openid: '' };
  return { count: openids.length, data: { openid: openids }, next_openid: openids[openids.length - 1] as string };
}
