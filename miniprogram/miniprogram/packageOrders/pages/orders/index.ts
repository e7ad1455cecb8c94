import { orders } from '../../../utils/api';
import { formatTime, isCancellable, ORDER_STATUS_LABELS, ORDER_STATUSES, orderStatusLabel, specsText } from '../../../contract/index';
import type { ExchangeOrder } from '../../../utils/types';

/** 全部, then one tab per status. */
const TABS = [{ status: '', title: '全部' }, ...ORDER_STATUSES.map((status) => ({ status, title: ORDER_STATUS_LABELS[status] }))];

function row(order: ExchangeOrder) {
  return {
    orderNo: order.orderNo,
    status: orderStatusLabel(order.status),
    cancellable: isCancellable(order.status),
    lines: order.lines.map((l) => ({ title: l.title, spec: specsText(l.specs), quantity: l.quantity })),
    totalPoints: order.totalPoints,
    createdAt: formatTime(order.createdAt),
  };
}

Component({
  data: { tabs: TABS, tab: 0, rows: [] as Array<ReturnType<typeof row>>, loaded: false },
  methods: {
    onLoad() {
      return this.load();
    },
    changeTab(e: WechatMiniprogram.CustomEvent<{ index: number }>) {
      this.setData({ tab: e.detail.index });
      return this.load();
    },
    async load() {
      const res = await orders.list(TABS[this.data.tab]?.status || undefined);
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
