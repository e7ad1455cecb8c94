import createError from 'http-errors';

/** 502 PayUnavailable: WeChat Pay did not answer, or answered something we cannot use. Nothing was kept. */
export function payUnavailable(detail?: string): Error {
  return createError(502, '微信支付暂时不可用，请稍后再试', { name: 'PayUnavailable', details: detail ? { detail } : {} });
}

/** A notification WeDraw refuses (401 signature/timestamp, 400 undecryptable): nothing changed. */
export class NotifyRejected extends Error {
  constructor(
    readonly status: 400 | 401 | 404,
    readonly errorName: string,
    message: string,
  ) {
    super(message);
  }
}
