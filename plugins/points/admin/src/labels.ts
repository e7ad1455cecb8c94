export const STATUS_LABELS: Record<string, string> = {
  pending_review: '待审核',
  to_ship: '待发货',
  shipped: '已发货',
  completed: '已完成',
  cancelled: '已取消',
};

export const TYPE_LABELS: Record<string, string> = {
  earn: '获得',
  spend: '消费',
  expire: '过期',
  refund: '退还',
  adjust: '调整',
};

export const formatTime = (iso?: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '—');
