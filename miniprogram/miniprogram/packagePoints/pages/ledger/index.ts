import { points } from '../../../utils/api';
import { dateText } from '../../../utils/format';
import type { LedgerLine } from '../../../utils/types';

const TYPES: Record<string, string> = { earn: '获得', spend: '兑换', expire: '过期', refund: '退回', adjust: '调整' };

function row(line: LedgerLine) {
  return {
    id: line.id,
    title: line.remark || TYPES[line.type] || line.type,
    delta: line.delta > 0 ? `+${line.delta}` : String(line.delta),
    at: dateText(line.createdAt),
  };
}

Component({
  data: { balance: 0, rows: [] as Array<ReturnType<typeof row>>, page: 0, pageCount: 1 },
  methods: {
    async onLoad() {
      const me = await points.me();
      this.setData({ balance: me.balance });
      return this.more();
    },
    onReachBottom() {
      return this.more();
    },
    async more() {
      const { page, pageCount } = this.data;
      if (page >= pageCount) return;
      const res = await points.ledger(page + 1);
      this.setData({ rows: this.data.rows.concat(res.data.map(row)), page: page + 1, pageCount: res.meta.pagination.pageCount });
    },
  },
});
