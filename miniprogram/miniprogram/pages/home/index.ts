import { mall } from '../../utils/api';
import { openBanner } from '../../utils/links';
import type { Banner, MallHome } from '../../utils/types';

Component({
  data: { loading: true, failed: false, banners: [] as Banner[], zones: [] as MallHome['zones'], categories: [] as MallHome['categories'] },
  methods: {
    onLoad() {
      return this.load();
    },
    onPullDownRefresh() {
      return this.load().then(() => wx.stopPullDownRefresh());
    },
    async load() {
      try {
        const home = await mall.home();
        this.setData({ loading: false, failed: false, banners: home.banners, zones: home.zones, categories: home.categories });
      } catch {
        this.setData({ loading: false, failed: true });
      }
    },
    tapBanner(e: WechatMiniprogram.TouchEvent) {
      openBanner(this.data.banners[Number(e.currentTarget.dataset.index)]);
    },
    tapCategory(e: WechatMiniprogram.TouchEvent) {
      const { id, name } = e.currentTarget.dataset as { id: string; name: string };
      wx.navigateTo({ url: `/pages/list/index?category=${id}&title=${encodeURIComponent(name)}` });
    },
    tapZone(e: WechatMiniprogram.TouchEvent) {
      const { code, name } = e.currentTarget.dataset as { code: string; name: string };
      wx.navigateTo({ url: `/pages/list/index?zone=${code}&title=${encodeURIComponent(name)}` });
    },
  },
});
