import { pay, type PayOrder } from '../../../utils/api';
import { idempotencyKey } from '../../../utils/request';

const yuan = (fen: number) => (fen / 100).toFixed(2);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** wx.requestPayment as a promise: true when WeChat says paid, false when cancelled or failed. */
function requestPayment(params: NonNullable<PayOrder['payParams']>): Promise<boolean> {
  return new Promise((resolve) => {
    wx.requestPayment({
      timeStamp: params.timeStamp,
      nonceStr: params.nonceStr,
      package: params.package,
      signType: params.signType,
      paySign: params.paySign,
      success: () => resolve(true),
      fail: () => resolve(false),
    });
  });
}

/**
 * The pay subpackage: the merchant a payment code opens (`?merchant=DEMO01&code=DEMO01-10`), the
 * amount (the code's fixed one, or typed in yuan), wx.requestPayment, then the order read back until
 * WeChat Pay's notification made it paid, with the points earned.
 */
Component({
  data: { loaded: false, merchant: '', payCode: '', name: '', open: true, fixed: 0, input: '', busy: false, status: '', amountText: '', points: 0, key: '' },
  methods: {
    async onLoad(query: Record<string, string | undefined>) {
      const merchant = query.merchant ?? '';
      const payCode = query.code ?? '';
      const m = await pay.merchant(merchant, payCode || undefined);
      const fixed = m.payCode?.amount ?? 0;
      this.setData({
        loaded: true,
        merchant,
        payCode,
        name: m.name,
        open: m.status === 'open',
        fixed,
        amountText: fixed ? yuan(fixed) : '',
        key: idempotencyKey(),
      });
    },
    onInput(e: { detail: { value: string } | string }) {
      const value = typeof e.detail === 'string' ? e.detail : e.detail.value;
      this.setData({ input: value });
    },
    async pay() {
      const fen = this.data.fixed || Math.round(Number(this.data.input) * 100);
      if (this.data.busy || !(fen > 0) || !/^\d+(\.\d{1,2})?$/.test(this.data.fixed ? '1' : this.data.input)) {
        if (!this.data.busy) wx.showToast({ title: '请输入正确的金额', icon: 'none' });
        return;
      }
      this.setData({ busy: true });
      try {
        let order = await pay.create({
          merchant: this.data.merchant,
          amount: fen,
          idempotencyKey: this.data.key,
          ...(this.data.payCode ? { payCode: this.data.payCode } : {}),
        });
        const paid = order.payParams ? await requestPayment(order.payParams) : false;
        if (!paid) {
          wx.showToast({ title: '支付未完成', icon: 'none' });
          return;
        }
        for (let i = 0; i < 30 && order.status === 'pending'; i++) {
          await sleep(500);
          order = await pay.order(order.orderNo);
        }
        this.setData({ status: order.status, amountText: yuan(order.amount), points: order.points.awarded });
      } catch (err) {
        wx.showToast({ title: (err as { message?: string }).message ?? '支付失败', icon: 'none' });
      } finally {
        this.setData({ busy: false });
      }
    },
  },
});
