/**
 * What each dashboard shows, in metrics the sources count. A series combines its metrics per
 * bucket (a sum, a difference, a ratio); `running` turns it into a total since the first day.
 */
export interface Series {
  name: string;
  label: string;
  unit?: string;
  metrics: string[];
  combine: (values: number[]) => number;
  running?: boolean;
}
export interface ChartDef {
  key: string;
  title: string;
  series: Series[];
  /** Instead of fixed series: one series per dimension of a metric (the largest `limit` over the range). */
  perDimension?: { metric: string; prefix: string; limit: number };
}
export interface BreakdownDef {
  key: string;
  title: string;
  metric: string;
  /** Only dimensions starting with this (a metric may carry several kinds: `channel:`, `tenant:`). */
  prefix: string;
  limit?: number;
}
export interface DomainDef {
  title: string;
  charts: ChartDef[];
  breakdowns: BreakdownDef[];
}

const one = (name: string, label: string, unit?: string): Series => ({ name, label, unit, metrics: [name], combine: ([v]) => v });
const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 100 : 0);

const netFans: Series = { name: 'fans.net', label: '净增粉丝', metrics: ['fans.new', 'fans.unfollowed'], combine: ([a, b]) => a - b };
const cumulativeFans: Series = { ...netFans, name: 'fans.cumulative', label: '累计粉丝（自首日起净增）', running: true };
const successRate: Series = {
  name: 'messages.successRate',
  label: '发送成功率',
  unit: '%',
  metrics: ['messages.sent', 'messages.failed'],
  combine: ([sent, failed]) => ratio(sent, sent + failed),
};
const latency: Series = {
  name: 'messages.avgLatencyMs',
  label: '平均发送耗时',
  unit: '毫秒',
  metrics: ['messages.latencyMs', 'messages.sent'],
  combine: ([ms, sent]) => (sent > 0 ? Math.round(ms / sent) : 0),
};

/** Amounts are counted in fen; the dashboards read yuan. */
const yuan = (name: string, label: string): Series => ({ name, label, unit: '元', metrics: [name], combine: ([fen]) => Math.round(fen) / 100 });
const paySuccessRate: Series = {
  name: 'pay.successRate',
  label: '支付成功率',
  unit: '%',
  metrics: ['pay.paid', 'pay.orders'],
  combine: ([paid, orders]) => ratio(paid, orders),
};

export const DOMAINS = {
  fans: {
    title: '粉丝',
    charts: [
      { key: 'growth', title: '粉丝增长', series: [one('fans.new', '新增关注'), one('fans.unfollowed', '取消关注'), netFans] },
      { key: 'cumulative', title: '累计粉丝', series: [cumulativeFans] },
    ],
    breakdowns: [{ key: 'apps', title: '各公众号新增关注', metric: 'fans.new', prefix: 'app:' }],
  },
  orders: {
    title: '订单与积分',
    charts: [
      { key: 'orders', title: '兑换订单', series: [one('orders.created', '下单数'), one('orders.cancelled', '已取消')] },
      { key: 'orderPoints', title: '兑换消耗积分', series: [one('orders.points', '兑换积分（不含取消）', '积分')] },
      {
        key: 'points',
        title: '积分发放与消耗',
        series: [one('points.issued', '发放', '积分'), one('points.spent', '消耗', '积分'), one('points.expired', '过期', '积分')],
      },
      { key: 'bannerClicks', title: '轮播图点击', series: [one('banners.clicks', '点击次数'), one('banners.visitors', '点击人数（去重）')] },
      {
        key: 'clicksPerBanner',
        title: '各轮播图点击次数（前 10）',
        series: [],
        perDimension: { metric: 'banners.clicks', prefix: 'banner:', limit: 10 },
      },
      { key: 'zoneViews', title: '专区浏览', series: [one('zones.views', '浏览次数'), one('zones.visitors', '浏览人数（去重）')] },
      {
        key: 'viewsPerZone',
        title: '各专区浏览次数（前 10）',
        series: [],
        perDimension: { metric: 'zones.views', prefix: 'zone:', limit: 10 },
      },
    ],
    breakdowns: [
      { key: 'goods', title: '热门兑换商品（件数）', metric: 'orders.goods', prefix: 'good:' },
      { key: 'sources', title: '积分发放来源', metric: 'points.issued', prefix: 'source:' },
      { key: 'banners', title: '轮播图点击人数（去重）', metric: 'banners.visitors', prefix: 'banner:' },
      { key: 'zones', title: '专区浏览人数（去重）', metric: 'zones.visitors', prefix: 'zone:' },
    ],
  },
  messages: {
    title: '消息',
    charts: [
      {
        key: 'volume',
        title: '消息量',
        series: [one('messages.created', '受理'), one('messages.sent', '已发送'), one('messages.delivered', '已送达'), one('messages.failed', '失败')],
      },
      { key: 'successRate', title: '发送成功率', series: [successRate] },
      { key: 'latency', title: '平均发送耗时', series: [latency] },
    ],
    breakdowns: [
      { key: 'channels', title: '各通道发送量', metric: 'messages.sent', prefix: 'channel:' },
      { key: 'tenants', title: '各租户发送量', metric: 'messages.sent', prefix: 'tenant:' },
      { key: 'failures', title: '各通道失败数', metric: 'messages.failed', prefix: 'channel:' },
    ],
  },
  wecom: {
    title: '企业微信',
    charts: [
      { key: 'customers', title: '新增客户', series: [one('wecom.customers.added', '新增客户'), one('wecom.customers.lost', '流失客户')] },
      { key: 'groups', title: '客户群', series: [one('wecom.groups.created', '新建客户群'), one('wecom.groups.dismissed', '解散客户群')] },
      { key: 'groupMembers', title: '客户群成员', series: [one('wecom.groupMembers.joined', '入群'), one('wecom.groupMembers.left', '退群')] },
    ],
    breakdowns: [{ key: 'corps', title: '各企业新增客户', metric: 'wecom.customers.added', prefix: 'corp:' }],
  },
  pay: {
    title: '支付与商户',
    charts: [
      { key: 'orders', title: '支付订单', series: [one('pay.orders', '下单'), one('pay.paid', '支付成功'), paySuccessRate] },
      { key: 'amount', title: '支付与退款金额', series: [yuan('pay.amount', '支付金额'), yuan('pay.refundAmount', '退款金额')] },
      { key: 'points', title: '支付奖励积分', series: [one('pay.points', '奖励积分', '积分')] },
    ],
    breakdowns: [
      { key: 'merchants', title: '各商户支付笔数', metric: 'pay.paid', prefix: 'merchant:' },
      { key: 'merchantAmount', title: '各商户支付金额（分）', metric: 'pay.amount', prefix: 'merchant:' },
    ],
  },
} satisfies Record<string, DomainDef>;

export type DomainName = keyof typeof DOMAINS;
export const DOMAIN_NAMES = Object.keys(DOMAINS) as DomainName[];

/** The home: today's figures against yesterday, and the 30-day trends. */
export const HOME = {
  figures: [
    one('fans.new', '新增关注'),
    netFans,
    one('orders.created', '兑换订单'),
    one('points.issued', '发放积分', '积分'),
    one('points.spent', '消耗积分', '积分'),
    one('banners.clicks', '轮播图点击'),
    one('zones.views', '专区浏览'),
    one('messages.sent', '发送消息'),
    one('messages.failed', '发送失败'),
    one('wecom.customers.added', '新增企微客户'),
    yuan('pay.amount', '支付金额'),
  ],
  trends: [one('fans.new', '新增关注'), one('orders.created', '兑换订单'), one('messages.sent', '发送消息'), one('points.issued', '发放积分', '积分')],
};
