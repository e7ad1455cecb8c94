import { points } from '../../../utils/api';
import { formatTime, ledgerTypeLabel, signed } from '../../../contract/index';
import type { LedgerLine } from '../../../utils/types';

function row(line: LedgerLine) {
  return {
    id: line.id,
    title: line.remark || ledgerTypeLabel(line.type),
    delta: signed(line.delta),
    at: formatTime(line.createdAt),
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
