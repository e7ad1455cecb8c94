import { pay, type PayOrder } from '../../../utils/api';

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** 商户端: the staff member's store, today's receipts and totals (others are told they are no store's staff). */
Component({
  data: {
    loaded: false,
    staff: true,
    name: '',
    count: 0,
    amount: '0.00',
    refunds: '0.00',
    orders: [] as Array<{ orderNo: string; amount: string; time: string; status: string }>,
  },
  methods: {
    async onLoad() {
      try {
        const [summary, list] = await Promise.all([pay.storeSummary(), pay.storeOrders()]);
        this.setData({
          loaded: true,
          name: summary.merchant.name,
          count: summary.count,
          amount: yuan(summary.amount),
          refunds: yuan(summary.refunds),
          orders: list.data.map((o: PayOrder) => ({
            orderNo: o.orderNo,
            amount: yuan(o.amount),
            time: o.createdAt.slice(11, 16),
            status: o.status === 'paid' ? '已收款' : '有退款',
          })),
        });
      } catch (err) {
        if ((err as { status?: number }).status === 403) this.setData({ loaded: true, staff: false });
        else throw err;
      }
    },
  },
});
