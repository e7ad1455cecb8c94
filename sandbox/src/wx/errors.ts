import { randomBytes } from 'node:crypto';

/**
 * WeChat errcodes the sandbox answers with, and their base errmsg (English, as the servers send
 * it). See ../shared/reference/wechat-platform.md §0.2 and the per-endpoint sections.
 */
export const ERRMSG: Record<number, string> = {
  [-1]: 'system error',
  0: 'ok',
  40001: 'invalid credential, access_token is invalid or not latest',
  40002: 'invalid grant_type',
  40003: 'invalid openid',
  40007: 'invalid media_id',
  40008: 'invalid message type',
  40013: 'invalid appid',
  40014: 'invalid access_token',
  40016: 'invalid button size',
  40017: 'invalid button type',
  40018: 'invalid button name size',
  40019: 'invalid button key size',
  40020: 'invalid button url size',
  40023: 'invalid sub button size',
  40024: 'invalid sub button type',
  40025: 'invalid sub button name size',
  40026: 'invalid sub button key size',
  40027: 'invalid sub button url size',
  40029: 'invalid code',
  40030: 'invalid refresh_token',
  40032: 'invalid openid list size',
  40037: 'invalid template_id',
  40054: 'invalid button url domain',
  40055: 'invalid sub button url domain',
  40125: 'invalid appsecret',
  40097: 'invalid args',
  40163: 'code been used',
  41001: 'access_token missing',
  41002: 'appid missing',
  41004: 'appsecret missing',
  41008: 'missing code',
  41009: 'missing openid',
  42001: 'access_token expired',
  42002: 'refresh_token expired',
  43001: 'require GET method',
  43002: 'require POST method',
  43004: 'require subscribe',
  43101: 'user refuse to accept the msg',
  44002: 'empty post data',
  45001: 'invalid size',
  45009: 'reach max api daily quota limit',
  45011: 'api minute-quota reach limit  mustslower  retry next minute',
  45015: 'response out of time limit or subscription is canceled',
  45047: 'out of response count limit',
  45056: 'too many tags',
  45057: 'can not delete the tag that has too many fans',
  45058: 'can not modify the tag',
  45059: 'user has too many tags',
  45157: 'invalid tag name',
  45158: 'tag name too long',
  45159: 'invalid tag id',
  46003: 'menu no exist',
  47001: 'data format error',
  47003: 'argument invalid!',
  48001: 'api unauthorized',
  49003: 'not match openid with appid',
};

/** A WeChat business error: answered as HTTP 200 `{"errcode", "errmsg"}`. */
export class WxError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string = ERRMSG[errcode] ?? 'sandbox error',
  ) {
    super(`${errcode} ${errmsg}`);
  }
}

/**
 * The body WeChat sends for an error. Like the real servers, the errmsg carries a ` rid: ...`
 * suffix so that clients compare errcode, never the text.
 */
export function errorBody(errcode: number, errmsg?: string): { errcode: number; errmsg: string } {
  const base = errmsg ?? ERRMSG[errcode] ?? 'sandbox error';
  const rid = `${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}`;
  return { errcode, errmsg: errcode === 0 ? base : `${base} rid: ${rid}` };
}

export const OK = Object.freeze({ errcode: 0, errmsg: 'ok' });
