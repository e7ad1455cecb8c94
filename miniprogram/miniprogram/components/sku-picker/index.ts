import { chosenSku, initialChoice, isSelectable, maxQuantity, specGroups, toggleSpec } from '../../contract/index';
import type { Sku, VantEvent } from '../../utils/types';

/** One spec with its values as the template shows them: chosen, and whether a tap may choose it. */
interface GroupView {
  name: string;
  values: Array<{ value: string; active: boolean; disabled: boolean }>;
}

/** The groups under the contract's selection rule (the H5's picker uses the same one). */
function groupViews(skus: Sku[], chosen: Record<string, string>): GroupView[] {
  return specGroups(skus).map(({ name, values }) => ({
    name,
    values: values.map((value) => ({ value, active: chosen[name] === value, disabled: !isSelectable(skus, chosen, name, value) })),
  }));
}

/**
 * Bottom sheet to choose the specs and the quantity; emits `confirm` {sku, quantity} and `close`.
 * It opens on the first SKU in stock.
 */
Component({
  properties: {
    show: { type: Boolean, value: false },
    skus: { type: Array, value: [] },
    limit: { type: Number, value: 0 },
  },
  data: {
    chosen: {} as Record<string, string>,
    groups: [] as GroupView[],
    sku: null as Sku | null,
    quantity: 1,
    max: 1,
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
      const sku = chosenSku(skus, chosen);
      this.setData({ chosen, groups: groupViews(skus, chosen), sku, quantity: 1, max: Math.max(1, maxQuantity(sku, this.data.limit)) });
    },
    pick(e: WechatMiniprogram.TouchEvent) {
      const { name, value } = e.currentTarget.dataset as { name: string; value: string };
      const skus = this.data.skus as unknown as Sku[];
      const next = toggleSpec(skus, this.data.chosen, name, value);
      if (next !== this.data.chosen) this.choose(next);
    },
    setQuantity(e: VantEvent<number>) {
      this.setData({ quantity: Number(e.detail) || 1 });
    },
    confirm() {
      const sku = this.data.sku;
      if (!sku || sku.stock < 1) {
        const inStock = (this.data.skus as unknown as Sku[]).some((s) => s.stock > 0);
        const missing = this.data.groups.filter((g) => !this.data.chosen[g.name]).map((g) => g.name);
        wx.showToast({ title: !sku && inStock ? `请选择 ${missing.join('、')}` : '该规格暂时缺货', icon: 'none' });
        return;
      }
      this.triggerEvent('confirm', { sku, quantity: this.data.quantity });
    },
    close() {
      this.triggerEvent('close');
    },
  },
});
