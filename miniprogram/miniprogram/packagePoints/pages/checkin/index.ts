import { points } from '../../../utils/api';

Component({
  data: { loaded: false, balance: 0, streak: 0, checkedInToday: false, earned: 0, busy: false },
  methods: {
    async onLoad() {
      const me = await points.me();
      this.setData({ loaded: true, balance: me.balance, streak: me.streak, checkedInToday: me.checkedInToday });
    },
    async checkin() {
      if (this.data.busy || this.data.checkedInToday) return;
      this.setData({ busy: true });
      try {
        const result = await points.checkin();
        this.setData({ earned: result.points, balance: result.balance, streak: result.streak, checkedInToday: true });
      } catch (err) {
        if ((err as { name?: string }).name === 'AlreadyCheckedIn') this.setData({ checkedInToday: true });
      } finally {
        this.setData({ busy: false });
      }
    },
  },
});
