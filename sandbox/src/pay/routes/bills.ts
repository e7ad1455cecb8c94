import { createHash, randomBytes } from 'node:crypto';
import type { Router } from '../../http/router';
import { Reply } from '../../http/reply';
import type { Runtime } from '../../runtime';
import { PayError, payErrors } from '../errors';
import type { Refund, Transaction } from '../state/types';
import { authenticate, payApi } from './signing';

/** The trade bill's columns (bill_type ALL), as WeChat Pay writes them. */
export const TRADE_BILL_COLUMNS = [
  '交易时间',
  '公众账号ID',
  '商户号',
  '特约商户号',
  '设备号',
  '微信订单号',
  '商户订单号',
  '用户标识',
  '交易类型',
  '交易状态',
  '付款银行',
  '货币种类',
  '应结订单金额',
  '代金券金额',
  '微信退款单号',
  '商户退款单号',
  '退款金额',
  '充值券退款金额',
  '退款类型',
  '退款状态',
  '商品名称',
  '商户数据包',
  '手续费',
  '费率',
  '订单金额',
  '申请退款金额',
  '费率备注',
];
export const TRADE_BILL_SUMMARY_COLUMNS = ['总交易单数', '应结订单总金额', '退款总金额', '充值券退款总金额', '手续费总金额', '订单总金额', '申请退款总金额'];

const BILL_TYPES = ['ALL', 'SUCCESS', 'REFUND'];
const LINK_LIFE_MS = 30_000;
const FEE_RATE = 0.006;

const yuan = (fen: number) => (fen / 100).toFixed(2);
/** `2026-12-03T21:09:57+08:00` → `2026-12-03 21:09:57` (Beijing time, as the bill writes it). */
const billTime = (rfc: string) => rfc.slice(0, 19).replace('T', ' ');
const fee = (fen: number) => Math.round(fen * FEE_RATE);
/** Every field is prefixed with a backquote, so that spreadsheets keep long numbers as text. */
const line = (fields: (string | number)[]) => fields.map((f) => `\`${f}`).join(',');

function paymentRow(tx: Transaction): string {
  return line([
    billTime(tx.successTime as string),
    tx.appid,
    tx.mchid,
    '0',
    '',
    tx.transactionId as string,
    tx.outTradeNo,
    tx.payerOpenid ?? '',
    tx.tradeType,
    'SUCCESS',
    'OTHERS',
    tx.currency,
    yuan(tx.total),
    '0.00',
    '0',
    '0',
    '0.00',
    '0.00',
    '',
    '',
    tx.description,
    tx.attach ?? '',
    yuan(fee(tx.total)),
    '0.60%',
    yuan(tx.total),
    '0.00',
    '',
  ]);
}

function refundRow(tx: Transaction, r: Refund): string {
  return line([
    billTime(r.successTime as string),
    tx.appid,
    tx.mchid,
    '0',
    '',
    tx.transactionId as string,
    tx.outTradeNo,
    tx.payerOpenid ?? '',
    tx.tradeType,
    'REFUND',
    'OTHERS',
    tx.currency,
    '0.00',
    '0.00',
    r.refundId,
    r.outRefundNo,
    yuan(r.refund),
    '0.00',
    'ORIGINAL',
    'SUCCESS',
    tx.description,
    tx.attach ?? '',
    yuan(-fee(r.refund)),
    '0.60%',
    '0.00',
    yuan(r.refund),
    '',
  ]);
}

/** The day's bill: payments that succeeded and refunds that completed on that Beijing day. */
export function tradeBill(rt: Runtime, mchid: string, date: string, type: string): { csv: string; rows: number } {
  const payments = type === 'REFUND' ? [] : [...rt.state.pay.transactions.values()].filter((t) => t.mchid === mchid && t.successTime?.startsWith(date));
  const refunds =
    type === 'SUCCESS' ? [] : [...rt.state.pay.refunds.values()].filter((r) => r.mchid === mchid && r.status === 'SUCCESS' && r.successTime?.startsWith(date));
  const rows = [
    ...payments.map((t) => ({ at: t.successTime as string, text: paymentRow(t) })),
    ...refunds.map((r) => ({ at: r.successTime as string, text: refundRow(rt.state.pay.transaction(r.mchid, r.outTradeNo), r) })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const settled = payments.reduce((s, t) => s + t.total, 0);
  const refunded = refunds.reduce((s, r) => s + r.refund, 0);
  const fees = payments.reduce((s, t) => s + fee(t.total), 0) - refunds.reduce((s, r) => s + fee(r.refund), 0);
  const csv = [
    TRADE_BILL_COLUMNS.join(','),
    ...rows.map((r) => r.text),
    TRADE_BILL_SUMMARY_COLUMNS.join(','),
    line([rows.length, yuan(settled), yuan(refunded), '0.00', yuan(fees), yuan(settled), yuan(refunded)]),
  ].join('\r\n');
  // UTF-8 with a BOM, CRLF lines, a trailing line break (what SDK CSV parsers expect).
  return { csv: `\uFEFF${csv}\r\n`, rows: rows.length };
}

/** `GET /v3/bill/tradebill` and the signed-request, unsigned-answer download `GET /v3/billdownload/file`. */
export function payBillRoutes(router: Router, rt: Runtime): void {
  payApi(router, rt, 'GET', '/v3/bill/tradebill', (ctx, merchant) => {
    const date = ctx.query.get('bill_date') ?? '';
    const type = ctx.query.get('bill_type') ?? 'ALL';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw payErrors.param('bill_date 格式错误，应为 YYYY-MM-DD');
    if (!BILL_TYPES.includes(type)) throw payErrors.param('bill_type 参数错误');
    const today = new Date(rt.state.clock.now() + 8 * 3600_000).toISOString().slice(0, 10);
    if (date > today) throw payErrors.param('账单日期不能晚于今天');
    const { csv, rows } = tradeBill(rt, merchant.mchId, date, type);
    if (rows === 0) throw new PayError(400, 'NO_STATEMENT_EXIST', '要下载的账单不存在');
    const content = Buffer.from(csv, 'utf8');
    const token = randomBytes(18).toString('base64url');
    rt.state.pay.billFiles.set(token, { mchid: merchant.mchId, content, expiresAt: rt.state.clock.now() + LINK_LIFE_MS });
    return {
      status: 200,
      body: {
        hash_type: 'SHA1',
        hash_value: createHash('sha1').update(content).digest('hex'),
        download_url: `${ctx.origin}/v3/billdownload/file?token=${token}`,
      },
    };
  });

  router.api('GET', '/v3/billdownload/file', (ctx) => {
    try {
      const merchant = authenticate(rt, ctx);
      const file = rt.state.pay.billFiles.get(ctx.query.get('token') ?? '');
      if (!file || file.mchid !== merchant.mchId || file.expiresAt < rt.state.clock.now()) throw payErrors.param('下载链接无效或已过期');
      // The download's answer is not signed (WeChat Pay does not sign bill files).
      return new Reply(200, file.content, 'text/plain; charset=utf-8');
    } catch (err) {
      if (!(err instanceof PayError)) throw err;
      return Reply.json(err.status, { code: err.code, message: err.message });
    }
  });
}
