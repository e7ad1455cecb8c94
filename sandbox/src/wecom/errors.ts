import { WxError } from '../wx/errors';

/**
 * WeCom errcodes the sandbox answers with, and their errmsg (English, as qyapi sends it). See
 * ../shared/reference/wechat-platform.md §4 and wecom-and-pay.md A0–A6.
 */
export const QY_ERRMSG: Record<number, string> = {
  [-1]: 'system error',
  0: 'ok',
  40001: 'invalid secret',
  40003: 'invalid userid',
  40004: 'invalid media type',
  40005: 'invalid file type',
  40006: 'invalid file size',
  40007: 'invalid media_id',
  40008: 'invalid message type',
  40009: 'invalid image size',
  40013: 'invalid corpid',
  40014: 'invalid access_token',
  40029: 'invalid code',
  40031: 'invalid tag list',
  40056: 'invalid agentid',
  40058: 'invalid parameter',
  40068: 'invalid tagid',
  40070: 'all tags are invalid',
  40071: 'invalid tag name',
  40063: 'some parameters are empty',
  41001: 'access_token missing',
  41002: 'corpid missing',
  41004: 'corpsecret missing',
  41008: 'missing code',
  41009: 'missing userid',
  41011: 'missing agentid',
  41017: 'missing tagid',
  41021: 'missing tagname',
  42001: 'access_token expired',
  43001: 'require GET method',
  43002: 'require POST method',
  44001: 'empty media data',
  44002: 'empty post data',
  45009: 'api freq out of limit',
  47001: 'data format error',
  48002: 'api forbidden',
  48009: 'api forbidden for contact assistant',
  60001: 'invalid department name length',
  60003: 'department not found',
  60004: 'parent department not found',
  60005: 'department contains user',
  60006: 'department contains sub-department',
  60008: 'department existed',
  60009: 'department name include invalid char',
  60010: 'department exists circular relationship',
  60011: 'no privilege to access/modify contact/party/agent',
  60020: 'not allow to access from your ip',
  60102: 'userid existed',
  60103: 'mobile invalid',
  60104: 'mobile existed',
  60111: 'userid not found',
  60112: 'invalid username',
  60123: 'invalid party id',
  60124: 'invalid parent party id',
  81011: 'no privilege to access tag',
  81013: 'user & party & tag all invalid',
  81017: 'too many users in visible range, owner_filter required',
  84061: 'not external contact',
  86001: 'invalid chatid',
  86003: 'chatid not found',
  86004: 'invalid chat name',
  86005: 'invalid chat owner',
  86006: 'invalid chat member count',
  86215: 'chatid exists',
  86216: 'invalid chat member userid',
  93000: 'invalid webhook url',
  301002: 'no privilege on agent',
  301019: 'media file md5 not match',
  600018: 'invalid start endtime',
};

/** A WeCom business error: HTTP 200 `{"errcode","errmsg"}` (the router adds the rid suffix). */
export function qyError(errcode: number, detail?: string): WxError {
  const base = QY_ERRMSG[errcode] ?? 'sandbox error';
  return new WxError(errcode, detail ? `${base}, ${detail}` : base);
}

/** `{errcode:0, errmsg}` as qyapi answers a success (`created`, `updated`, `deleted` or `ok`). */
export const qyOk = (errmsg = 'ok') => ({ errcode: 0, errmsg });
