import { mall } from '../../utils/api';
import type { GoodCard } from '../../utils/types';

const SORTS = ['', 'sales:desc', 'pointsPrice:asc', 'newest'];

Component({
  data: { filters: {} as Record<string, string>, sort: 0, goods: [] as GoodCard[], page: 0, pageCount: 1, loading: false },
  methods: {
    onLoad(options: Record<string, string | undefined>) {
      const { category, zone, q, title } = options;
      if (title) wx.setNavigationBarTitle({ title: decodeURIComponent(title) });
      this.setData({ filters: { category: category ?? '', zone: zone ?? '', q: q ? decodeURIComponent(q) : '' } });
      return this.reload();
    },
    onReachBottom() {
      return this.more();
    },
    changeSort(e: WechatMiniprogram.CustomEvent<{ index: number }>) {
      this.setData({ sort: e.detail.index });
      return this.reload();
    },
    reload() {
      this.setData({ goods: [], page: 0, pageCount: 1 });
      return this.more();
    },
    async more() {
      const { page, pageCount, loading, filters, sort } = this.data;
      if (loading || page >= pageCount) return;
      this.setData({ loading: true });
      try {
        const res = await mall.goods({ ...filters, sort: SORTS[sort] || undefined, page: page + 1, pageSize: 20 });
        this.setData({ goods: this.data.goods.concat(res.data), page: page + 1, pageCount: res.meta.pagination.pageCount });
      } finally {
        this.setData({ loading: false });
      }
    },
  },
});
