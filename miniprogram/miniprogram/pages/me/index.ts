import { points } from '../../utils/api';
import type { PointsSummary } from '../../utils/types';

Component({
  data: { summary: null as PointsSummary | null },
  methods: {
    onShow() {
      return points.me().then(
        (summary) => this.setData({ summary }),
        () => undefined,
      );
    },
  },
});
