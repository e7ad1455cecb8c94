import { mall } from '../../utils/api';
import { specsText } from '../../contract/index';
import type { GoodDetail, Sku } from '../../utils/types';

Component({
  data: { good: null as GoodDetail | null, stock: 0, picking: false, missing: false },
  methods: {
    async onLoad(options: { id?: string }) {
      try {
        const good = await mall.good(options.id ?? '');
        wx.setNavigationBarTitle({ title: good.title });
        this.setData({ good, stock: good.skus.reduce((n, s) => n + s.stock, 0) });
      } catch {
        this.setData({ missing: true });
      }
    },
    openPicker() {
      if (this.data.good) this.setData({ picking: true });
    },
    closePicker() {
      this.setData({ picking: false });
    },
    exchange(e: WechatMiniprogram.CustomEvent<{ sku: Sku; quantity: number }>) {
      const { sku, quantity } = e.detail;
      const good = this.data.good as GoodDetail;
      this.setData({ picking: false });
      const spec = encodeURIComponent(specsText(sku.specs));
      wx.navigateTo({ url: `/packageOrders/pages/exchange/index?good=${good.documentId}&sku=${sku.documentId}&quantity=${quantity}&spec=${spec}` });
    },
    goHome() {
      wx.switchTab({ url: '/pages/home/index' });
    },
  },
});
