import { addresses, mall, orders, points } from '../../../utils/api';
import { EXCHANGE_TEMPLATE_IDS, PICKED_ADDRESS_KEY } from '../../../utils/config';
import { addressText } from '../../../contract/index';
import { idempotencyKey } from '../../../utils/request';
import type { Address, GoodDetail, Sku } from '../../../utils/types';

/** Asks for the "兑换成功提醒" subscribe message; the answer never blocks the flow. */
function askSubscribe(): Promise<void> {
  return new Promise((resolve) => {
    wx.requestSubscribeMessage({ tmplIds: EXCHANGE_TEMPLATE_IDS, complete: () => resolve() } as WechatMiniprogram.RequestSubscribeMessageOption);
  });
}

Component({
  data: {
    good: null as GoodDetail | null,
    sku: null as Sku | null,
    spec: '',
    quantity: 1,
    total: 0,
    balance: 0,
    address: null as Address | null,
    addressLine: '',
    submitting: false,
    key: '',
  },
  methods: {
    async onLoad(options: { good?: string; sku?: string; quantity?: string; spec?: string }) {
      const quantity = Math.max(1, Number(options.quantity) || 1);
      // One key for this confirmation: a double tap or a retry after a lost answer writes one order.
      this.setData({ quantity, spec: decodeURIComponent(options.spec ?? ''), key: idempotencyKey() });
      const [good, summary, list] = await Promise.all([mall.good(options.good ?? ''), points.me(), addresses.list()]);
      const sku = good.skus.find((s) => s.documentId === options.sku) ?? null;
      this.setData({ good, sku, total: (sku?.pointsPrice ?? 0) * quantity, balance: summary.balance });
      this.useAddress(list.find((a) => a.isDefault) ?? list[0] ?? null);
    },
    onShow() {
      const picked = wx.getStorageSync(PICKED_ADDRESS_KEY) as Address | '';
      if (!picked) return;
      wx.removeStorageSync(PICKED_ADDRESS_KEY);
      this.useAddress(picked);
    },
    useAddress(address: Address | null) {
      this.setData({ address, addressLine: address ? addressText(address) : '' });
    },
    pickAddress() {
      wx.navigateTo({ url: '/packageAddresses/pages/addresses/index?select=1' });
    },
    async submit() {
      const { sku, quantity, address, submitting, key } = this.data;
      if (submitting || !sku) return;
      if (!address) {
        wx.showToast({ title: '请选择收货地址', icon: 'none' });
        return;
      }
      this.setData({ submitting: true });
      try {
        const order = await orders.create({ sku: sku.documentId, quantity, address: address.documentId, idempotencyKey: key });
        wx.showToast({ title: '兑换成功', icon: 'success' });
        await askSubscribe();
        wx.redirectTo({ url: `/packageOrders/pages/orders/index?highlight=${order.orderNo}` });
      } catch {
        // The request wrapper already showed why (积分不足, 库存不足…).
      } finally {
        this.setData({ submitting: false });
      }
    },
  },
});
