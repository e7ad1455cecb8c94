import type { Ctx, Router } from '../../http/router';
import type { Runtime } from '../../runtime';
import { payErrors } from '../errors';
import type { Merchant } from '../state/merchant';
import { transactionView } from '../state/views';
import { payApi, payBody } from './signing';

const OUT_TRADE_NO = /^[0-9A-Za-z_*-]{6,32}$/;

function str(body: Record<string, any>, field: string, max: number, required = true): string | undefined {
  const value: unknown = body[field];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || !value || value.length > max) throw payErrors.param(`${field} 参数错误`);
  return value;
}

function prepayInput(rt: Runtime, ctx: Ctx, merchant: Merchant, tradeType: 'JSAPI' | 'NATIVE') {
  const body = payBody(ctx);
  const mchid = str(body, 'mchid', 32) as string;
  if (mchid !== merchant.mchId) throw payErrors.param('mchid 与请求的商户号不一致');
  const appid = str(body, 'appid', 32) as string;
  if (!rt.state.apps.has(appid)) throw payErrors.param('appid和mch_id不匹配');
  const outTradeNo = str(body, 'out_trade_no', 32) as string;
  if (!OUT_TRADE_NO.test(outTradeNo)) throw payErrors.param('out_trade_no 格式错误');
  const notifyUrl = str(body, 'notify_url', 255) as string;
  if (!/^https?:\/\/[^?]+$/.test(notifyUrl)) throw payErrors.param('notify_url 格式错误，不能带参数');
  const total: unknown = body.amount?.total;
  if (!Number.isInteger(total) || (total as number) <= 0) throw payErrors.param('amount.total 必须为正整数（分）');
  const payerOpenid = tradeType === 'JSAPI' ? (body.payer?.openid as unknown) : undefined;
  if (tradeType === 'JSAPI' && (typeof payerOpenid !== 'string' || !payerOpenid)) throw payErrors.param('payer.openid 缺失');
  const attach = str(body, 'attach', 128, false);
  const timeExpire = str(body, 'time_expire', 64, false);
  return {
    mchid,
    appid,
    outTradeNo,
    tradeType,
    description: str(body, 'description', 127) as string,
    notifyUrl,
    total: total as number,
    currency: typeof body.amount?.currency === 'string' ? (body.amount.currency as string) : 'CNY',
    ...(attach ? { attach } : {}),
    ...(timeExpire ? { timeExpire } : {}),
    ...(typeof payerOpenid === 'string' ? { payerOpenid } : {}),
  };
}

function mchidQuery(ctx: Ctx, merchant: Merchant): string {
  const mchid = ctx.query.get('mchid');
  if (mchid !== merchant.mchId) throw payErrors.param('mchid 参数错误');
  return mchid;
}

/** JSAPI / Native prepay, query by out_trade_no, close. */
export function payTransactionRoutes(router: Router, rt: Runtime): void {
  payApi(router, rt, 'POST', '/v3/pay/transactions/jsapi', (ctx, merchant) => {
    const tx = rt.state.pay.prepay(prepayInput(rt, ctx, merchant, 'JSAPI'));
    return { status: 200, body: { prepay_id: tx.prepayId } };
  });
  payApi(router, rt, 'POST', '/v3/pay/transactions/native', (ctx, merchant) => {
    const tx = rt.state.pay.prepay(prepayInput(rt, ctx, merchant, 'NATIVE'));
    return { status: 200, body: { code_url: tx.codeUrl } };
  });
  payApi(router, rt, 'GET', '/v3/pay/transactions/out-trade-no/:outTradeNo', (ctx, merchant) => {
    const tx = rt.state.pay.transaction(mchidQuery(ctx, merchant), ctx.params.outTradeNo as string);
    return { status: 200, body: transactionView(tx) };
  });
  payApi(router, rt, 'POST', '/v3/pay/transactions/out-trade-no/:outTradeNo/close', (ctx, merchant) => {
    const body = payBody(ctx);
    if (body.mchid !== merchant.mchId) throw payErrors.param('mchid 参数错误');
    rt.state.pay.close(merchant.mchId, ctx.params.outTradeNo as string);
    return { status: 204 };
  });
}
