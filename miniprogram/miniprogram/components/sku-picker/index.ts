import { initialChoice, matchSku, specGroups } from '../../utils/sku';
import type { Sku, VantEvent } from '../../utils/types';

/** Bottom sheet to choose the specs and the quantity; emits `confirm` {sku, quantity} and `close`. */
Component({
  properties: {
    show: { type: Boolean, value: false },
    skus: { type: Array, value: [] },
  },
  data: {
    chosen: {} as Record<string, string>,
    groups: [] as ReturnType<typeof specGroups>,
    sku: null as Sku | null,
    quantity: 1,
    skuKey: '',
  },
  lifetimes: {
    attached() {
      this.sync(this.data.skus as unknown as Sku[]);
    },
  },
  observers: {
    skus(skus: Sku[]) {
      this.sync(skus);
    },
  },
  methods: {
    /** A new list of SKUs (another good) starts over; the same list keeps the choice. */
    sync(skus: Sku[]) {
      const skuKey = skus.map((s) => s.documentId).join(',');
      if (skuKey === this.data.skuKey) return;
      this.setData({ skuKey });
      this.choose(initialChoice(skus));
    },
    choose(chosen: Record<string, string>) {
      const skus = this.data.skus as unknown as Sku[];
      this.setData({ chosen, groups: specGroups(skus, chosen), sku: matchSku(skus, chosen), quantity: 1 });
    },
    pick(e: WechatMiniprogram.TouchEvent) {
      const { name, value } = e.currentTarget.dataset as { name: string; value: string };
      this.choose({ ...this.data.chosen, [name]: value });
    },
    setQuantity(e: VantEvent<number>) {
      this.setData({ quantity: Number(e.detail) || 1 });
    },
    confirm() {
      const sku = this.data.sku;
      if (!sku || sku.stock < 1) {
        wx.showToast({ title: '该规格暂时缺货', icon: 'none' });
        return;
      }
      this.triggerEvent('confirm', { sku, quantity: this.data.quantity });
    },
    close() {
      this.triggerEvent('close');
    },
  },
});
