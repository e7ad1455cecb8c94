import type { GoodCard } from '../../utils/types';

Component({
  properties: {
    good: { type: Object, value: {} },
  },
  methods: {
    open() {
      const good = this.data.good as unknown as GoodCard;
      wx.navigateTo({ url: `/pages/detail/index?id=${good.documentId}` });
    },
  },
});
