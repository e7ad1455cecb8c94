import type { Router } from '../../http/router';
import { AdminError } from '../../http/reply';
import type { Runtime } from '../../runtime';
import { adminBody, requireString } from '../../routes/admin-util';
import { PayError } from '../errors';
import type { Merchant } from '../state/merchant';
import { merchantCredentials, VERIFICATION_MODES, type VerificationMode } from '../state/merchant';
import type { NotifyRecord, Transaction } from '../state/types';
import { transactionView } from '../state/views';
import { finishRefund } from './refunds';

function merchantOf(rt: Runtime, tx: Transaction): Merchant {
  return rt.state.pay.merchant(tx.mchid) as Merchant;
}

function notifyPayment(rt: Runtime, tx: Transaction, replayOf?: number): NotifyRecord {
  return rt.payNotifier.send(merchantOf(rt, tx), {
    kind: 'transaction',
    eventType: 'TRANSACTION.SUCCESS',
    outTradeNo: tx.outTradeNo,
    url: tx.notifyUrl,
    resource: transactionView(tx),
    ...(replayOf ? { replayOf } : {}),
  });
}

/** The payer's side and the inspection API: `/_sandbox/pay/*`. */
export function payAdminRoutes(router: Router, rt: Runtime): void {
  router.add('GET', '/_sandbox/pay/merchant', (ctx) => {
    const mchId = ctx.query.get('mchId');
    const merchant = mchId ? rt.state.pay.merchant(mchId) : rt.state.pay.merchants.values().next().value;
    if (!merchant) throw new AdminError(404, `no merchant ${mchId}`);
    return merchantCredentials(merchant);
  });

  // Which key WeChat Pay signs with for the merchant: public key, platform certificate, or the switching period.
  router.add('POST', '/_sandbox/pay/merchant/mode', (ctx) => {
    const body = adminBody<{ mchId?: string; mode?: string; switchingPublicKeyShare?: number }>(ctx);
    const merchant = body.mchId ? rt.state.pay.merchant(body.mchId) : rt.state.pay.merchants.values().next().value;
    if (!merchant) throw new AdminError(404, `no merchant ${body.mchId}`);
    if (!VERIFICATION_MODES.includes(body.mode as VerificationMode)) throw new AdminError(400, `mode must be one of ${VERIFICATION_MODES.join(', ')}`);
    const share = body.switchingPublicKeyShare;
    if (share !== undefined && !(typeof share === 'number' && share >= 0 && share <= 1))
      throw new AdminError(400, 'switchingPublicKeyShare must be between 0 and 1');
    merchant.mode = body.mode as VerificationMode;
    if (share !== undefined) merchant.switchingPublicKeyShare = share;
    return merchantCredentials(merchant);
  });

  // The payer confirms in WeChat: the transaction moves and (on success) the notification goes out.
  router.add('POST', '/_sandbox/pay/pay', (ctx) => {
    const body = adminBody<{ prepayId?: string; outTradeNo?: string; openid?: string; result?: string; notify?: boolean }>(ctx);
    const tx = body.prepayId ? rt.state.pay.byPrepayId(body.prepayId) : body.outTradeNo ? rt.state.pay.byOutTradeNo(body.outTradeNo) : undefined;
    if (!tx) throw new AdminError(404, 'no transaction for that prepayId / outTradeNo');
    const result = body.result ?? 'SUCCESS';
    if (result !== 'SUCCESS' && result !== 'PAYERROR') throw new AdminError(400, 'result must be SUCCESS or PAYERROR');
    try {
      rt.state.pay.pay(tx, result, body.openid);
    } catch (err) {
      if (err instanceof PayError) throw new AdminError(409, `${err.code}: ${err.message}`);
      throw err;
    }
    // `notify: false`: the notification is lost (the merchant must find the payment by querying).
    const notify = result === 'SUCCESS' && body.notify !== false ? notifyPayment(rt, tx) : undefined;
    return { transaction: transactionView(tx), notifyId: notify?.id ?? null };
  });

  // Sends a payment (or refund) notification again, as WeChat Pay does when a delivery's state is unknown.
  router.add('POST', '/_sandbox/pay/notify/replay', (ctx) => {
    const body = adminBody<{ outTradeNo?: string; outRefundNo?: string }>(ctx);
    const outTradeNo = requireString(body.outTradeNo, 'outTradeNo');
    const last = [...rt.state.pay.notifies].reverse().find((n) => n.outTradeNo === outTradeNo && (!body.outRefundNo || n.outRefundNo === body.outRefundNo));
    if (!last) throw new AdminError(404, `no notification for ${outTradeNo}`);
    const tx = rt.state.pay.byOutTradeNo(outTradeNo) as Transaction;
    const record = rt.payNotifier.send(merchantOf(rt, tx), {
      kind: last.kind,
      eventType: last.eventType,
      outTradeNo,
      ...(last.outRefundNo ? { outRefundNo: last.outRefundNo } : {}),
      url: last.url,
      resource: last.resource,
      replayOf: last.id,
    });
    return { notifyId: record.id };
  });

  router.add('GET', '/_sandbox/pay/notifies', (ctx) => {
    const outTradeNo = ctx.query.get('outTradeNo');
    const list = rt.state.pay.notifies.filter((n) => !outTradeNo || n.outTradeNo === outTradeNo);
    return { notifies: list.map(({ resource, ...n }) => ({ ...n, resource })) };
  });

  // The payment codes the phone's 扫一扫 lists (a merchant system registers its pay page URLs).
  router.add('POST', '/_sandbox/pay/scan-codes', (ctx) => {
    const body = adminBody<{ codes?: { url?: unknown; name?: unknown }[] }>(ctx);
    if (!Array.isArray(body.codes)) throw new AdminError(400, 'codes must be a list of {url, name}');
    for (const c of body.codes) {
      const url = requireString(c.url, 'codes[].url');
      if (!/^(https?:\/\/|weixin:\/\/)/.test(url)) throw new AdminError(400, 'codes[].url must be an http(s) or weixin:// URL');
      rt.state.pay.scanCodes.set(url, { url, name: typeof c.name === 'string' && c.name ? c.name : url });
    }
    return { codes: [...rt.state.pay.scanCodes.values()] };
  });
  router.add('GET', '/_sandbox/pay/scan-codes', () => ({ codes: [...rt.state.pay.scanCodes.values()] }));

  router.add('GET', '/_sandbox/pay/transactions', () => ({
    transactions: [...rt.state.pay.transactions.values()].map((tx) => ({
      ...transactionView(tx),
      description: tx.description,
      created_at: tx.createdAt,
      prepay_id: tx.prepayId ?? null,
      code_url: tx.codeUrl ?? null,
    })),
  }));

  // The next refund(s) accepted end with this status instead of SUCCESS (ABNORMAL: the money could not go back).
  router.add('POST', '/_sandbox/pay/refund/outcome', (ctx) => {
    const body = adminBody<{ status?: string; count?: number }>(ctx);
    const status = body.status;
    if (status !== 'SUCCESS' && status !== 'ABNORMAL' && status !== 'CLOSED') throw new AdminError(400, 'status must be SUCCESS, ABNORMAL or CLOSED');
    const count = body.count ?? 1;
    if (!Number.isInteger(count) || count < 1 || count > 100) throw new AdminError(400, 'count must be an integer 1–100');
    for (let i = 0; i < count; i++) rt.state.pay.refundOutcomes.push(status);
    return { pending: [...rt.state.pay.refundOutcomes] };
  });

  // Ends a PROCESSING refund by hand (when refunds are not completed automatically).
  router.add('POST', '/_sandbox/pay/refund/complete', (ctx) => {
    const body = adminBody<{ outRefundNo?: string; mchId?: string; status?: string }>(ctx);
    const status = body.status ?? 'SUCCESS';
    if (status !== 'SUCCESS' && status !== 'ABNORMAL' && status !== 'CLOSED') throw new AdminError(400, 'status must be SUCCESS, ABNORMAL or CLOSED');
    const outRefundNo = requireString(body.outRefundNo, 'outRefundNo');
    const refund = [...rt.state.pay.refunds.values()].find((r) => r.outRefundNo === outRefundNo && (!body.mchId || r.mchid === body.mchId));
    if (!refund) throw new AdminError(404, `no refund ${outRefundNo}`);
    finishRefund(rt, rt.state.pay.merchant(refund.mchid) as Merchant, refund, status);
    return { status: refund.status };
  });
}
