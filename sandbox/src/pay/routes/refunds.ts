import type { Router } from '../../http/router';
import type { Runtime } from '../../runtime';
import { payErrors } from '../errors';
import type { Merchant } from '../state/merchant';
import type { Refund } from '../state/types';
import { refundNotifyView, refundView } from '../state/views';
import { payApi, payBody } from './signing';

/** The bank's answer arrives: the refund ends and its notification goes out (when it has a URL). */
export function finishRefund(rt: Runtime, merchant: Merchant, refund: Refund, status: 'SUCCESS' | 'ABNORMAL' | 'CLOSED'): void {
  if (refund.status !== 'PROCESSING') return;
  rt.state.pay.finishRefund(refund, status);
  if (!refund.notifyUrl) return;
  rt.payNotifier.send(merchant, {
    kind: 'refund',
    eventType: `REFUND.${status}`,
    outTradeNo: refund.outTradeNo,
    outRefundNo: refund.outRefundNo,
    url: refund.notifyUrl,
    resource: refundNotifyView(refund),
  });
}

/** Domestic refunds: create (PROCESSING, completed after a delay) and query. */
export function payRefundRoutes(router: Router, rt: Runtime): void {
  payApi(router, rt, 'POST', '/v3/refund/domestic/refunds', (ctx, merchant) => {
    const body = payBody(ctx);
    const outTradeNo: unknown = body.out_trade_no;
    const outRefundNo: unknown = body.out_refund_no;
    if (typeof outTradeNo !== 'string' || !outTradeNo) throw payErrors.param('out_trade_no 缺失');
    if (typeof outRefundNo !== 'string' || !/^[0-9A-Za-z_*|@-]{1,64}$/.test(outRefundNo)) throw payErrors.param('out_refund_no 参数错误');
    const refundAmount: unknown = body.amount?.refund;
    const total: unknown = body.amount?.total;
    if (!Number.isInteger(refundAmount) || !Number.isInteger(total)) throw payErrors.param('amount.refund / amount.total 必须为整数（分）');
    const notifyUrl = typeof body.notify_url === 'string' ? (body.notify_url as string) : undefined;
    const refund = rt.state.pay.createRefund({
      mchid: merchant.mchId,
      outTradeNo,
      outRefundNo,
      refund: refundAmount as number,
      total: total as number,
      ...(typeof body.reason === 'string' ? { reason: body.reason as string } : {}),
      ...(notifyUrl ? { notifyUrl } : {}),
    });
    const delay = rt.payNotifier.options.refundDelayMs;
    if (delay >= 0 && refund.status === 'PROCESSING') {
      const outcome = rt.state.pay.refundOutcomes.shift() ?? 'SUCCESS';
      setTimeout(() => finishRefund(rt, merchant, refund, outcome), delay).unref();
    }
    return { status: 200, body: refundView(refund) };
  });
  payApi(router, rt, 'GET', '/v3/refund/domestic/refunds/:outRefundNo', (ctx, merchant) => {
    return { status: 200, body: refundView(rt.state.pay.refund(merchant.mchId, ctx.params.outRefundNo as string)) };
  });
}
