import { addresses } from '../../../utils/api';
import { PICKED_ADDRESS_KEY } from '../../../utils/config';
import { addressText } from '../../../contract/index';
import type { Address, AddressInput, VantEvent } from '../../../utils/types';

const EMPTY: AddressInput = { receiver: '', phone: '', province: '', city: '', district: '', detail: '', isDefault: false };

Component({
  data: { selecting: false, list: [] as Array<Address & { line: string }>, editing: false, form: { ...EMPTY }, saving: false },
  methods: {
    onLoad(options: { select?: string }) {
      this.setData({ selecting: options.select === '1' });
      return this.load();
    },
    async load() {
      const list = await addresses.list();
      this.setData({ list: list.map((a) => ({ ...a, line: addressText(a) })) });
    },
    pick(e: WechatMiniprogram.TouchEvent) {
      if (!this.data.selecting) return;
      const address = this.data.list[Number(e.currentTarget.dataset.index)];
      wx.setStorageSync(PICKED_ADDRESS_KEY, address);
      wx.navigateBack();
    },
    startEdit() {
      this.setData({ editing: true, form: { ...EMPTY } });
    },
    input(e: VantEvent<string>) {
      const field = e.currentTarget.dataset.field as keyof AddressInput;
      this.setData({ [`form.${field}`]: e.detail });
    },
    toggleDefault(e: VantEvent<boolean>) {
      this.setData({ 'form.isDefault': e.detail });
    },
    async save() {
      if (this.data.saving) return;
      this.setData({ saving: true });
      try {
        await addresses.create(this.data.form);
        this.setData({ editing: false });
        await this.load();
      } catch {
        // The toast says which field is wrong.
      } finally {
        this.setData({ saving: false });
      }
    },
    async remove(e: WechatMiniprogram.TouchEvent) {
      await addresses.remove(e.currentTarget.dataset.id as string);
      await this.load();
    },
  },
});
