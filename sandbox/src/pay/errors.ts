/** A WeChat Pay v3 error answer: HTTP status plus `{"code","message"}`. */
export class PayError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const payErrors = {
  param: (message: string) => new PayError(400, 'PARAM_ERROR', message),
  invalidRequest: (message: string) => new PayError(400, 'INVALID_REQUEST', message),
  sign: (message = '签名错误') => new PayError(401, 'SIGN_ERROR', message),
  notFound: (message = '订单不存在') => new PayError(404, 'ORDER_NOT_EXIST', message),
  resourceNotFound: (message = '退款单不存在') => new PayError(404, 'RESOURCE_NOT_EXISTS', message),
  orderPaid: () => new PayError(400, 'ORDERPAID', '该订单已支付'),
  orderClosed: () => new PayError(400, 'ORDER_CLOSED', '订单已关闭'),
  outTradeNoUsed: () => new PayError(403, 'OUT_TRADE_NO_USED', '商户订单号重复'),
  notEnough: () => new PayError(403, 'NOT_ENOUGH', '退款金额超过可退金额'),
} as const;
