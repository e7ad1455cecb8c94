import { mall } from '../../utils/api';
import type { Category, VantEvent } from '../../utils/types';

Component({
  data: { tree: [] as Category[], active: 0 },
  methods: {
    onLoad() {
      return mall.categories().then(
        (tree) => this.setData({ tree }),
        () => undefined,
      );
    },
    switchTop(e: VantEvent<number>) {
      this.setData({ active: e.detail });
    },
    open(e: WechatMiniprogram.TouchEvent) {
      const { id, name } = e.currentTarget.dataset as { id: string; name: string };
      wx.navigateTo({ url: `/pages/list/index?category=${id}&title=${encodeURIComponent(name)}` });
    },
  },
});
