/** Display helpers shared by the 支付 tabs. */
export const yuan = (fen: number | null | undefined) => (fen === null || fen === undefined ? '—' : `¥${(fen / 100).toFixed(2)}`);
export const time = (at: string | null | undefined) => (at ? new Date(at).toLocaleString('zh-CN') : '—');

export const ORDER_STATUS: Record<string, { label: string; color: string }> = {
  pending: { label: '待支付', color: 'neutral600' },
  paid: { label: '已支付', color: 'success600' },
  closed: { label: '已关闭', color: 'neutral500' },
  refunding: { label: '退款中', color: 'warning600' },
  refunded: { label: '已全额退款', color: 'danger600' },
  partially_refunded: { label: '部分退款', color: 'warning600' },
};

export const REFUND_STATUS: Record<string, string> = { processing: '处理中', success: '退款成功', failed: '退款异常', closed: '退款关闭' };
export const CHANNEL: Record<string, string> = { jsapi: '公众号 JSAPI', miniprogram: '小程序', native: 'Native 扫码' };
