import { orders } from '../../../utils/api';
import { CANCELLABLE, ORDER_STATUS, dateText, specText } from '../../../utils/format';
import type { ExchangeOrder } from '../../../utils/types';

const TABS = ['', 'pending_review', 'to_ship', 'shipped', 'completed', 'cancelled'];

function row(order: ExchangeOrder) {
  return {
    orderNo: order.orderNo,
    status: ORDER_STATUS[order.status] ?? order.status,
    cancellable: CANCELLABLE.includes(order.status),
    lines: order.lines.map((l) => ({ title: l.title, spec: specText(l.specs), quantity: l.quantity })),
    totalPoints: order.totalPoints,
    createdAt: dateText(order.createdAt),
  };
}

Component({
  data: { tab: 0, rows: [] as Array<ReturnType<typeof row>>, loaded: false },
  methods: {
    onLoad() {
      return this.load();
    },
    changeTab(e: WechatMiniprogram.CustomEvent<{ index: number }>) {
      this.setData({ tab: e.detail.index });
      return this.load();
    },
    async load() {
      const res = await orders.list(TABS[this.data.tab] || undefined);
      this.setData({ rows: res.data.map(row), loaded: true });
    },
    cancel(e: WechatMiniprogram.TouchEvent) {
      const orderNo = e.currentTarget.dataset.no as string;
      wx.showModal({
        title: '取消订单',
        content: '取消后积分将退回账户，确定取消吗？',
        success: (res) => {
          if (res.confirm) this.doCancel(orderNo);
        },
      });
    },
    async doCancel(orderNo: string) {
      await orders.cancel(orderNo);
      wx.showToast({ title: '已取消，积分已退回', icon: 'none' });
      await this.load();
    },
  },
});
