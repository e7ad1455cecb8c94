import createError from 'http-errors';

/** 400 InvalidCode: WeChat rejected the login code (unknown, expired or already used). */
export function invalidCode(): Error {
  return createError(400, '登录凭证无效或已使用', { name: 'InvalidCode' });
}

/** 502 WeChatUnavailable: WeChat answered an error we cannot map, or did not answer. */
export function wechatUnavailable(code?: number): Error {
  return createError(502, '微信服务暂时不可用，请稍后再试', { name: 'WeChatUnavailable', details: code === undefined ? {} : { errcode: code } });
}

/** WeChat errcodes that mean the login code is bad (reference §0.2, §3). */
export const CODE_ERRORS = new Set([40029, 40163, 40226]);

export function errcodeOf(err: unknown): number | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}
