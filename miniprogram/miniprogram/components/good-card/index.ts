import { discountText } from '../../contract/index';
import type { GoodCard } from '../../utils/types';

Component({
  properties: {
    good: { type: Object, value: {} },
  },
  data: { discount: '' },
  observers: {
    good(good: GoodCard) {
      this.setData({ discount: good.isDiscount && good.discountRate < 100 ? discountText(good.discountRate) : '' });
    },
  },
  methods: {
    open() {
      const good = this.data.good as unknown as GoodCard;
      wx.navigateTo({ url: `/pages/detail/index?id=${good.documentId}` });
    },
  },
});
