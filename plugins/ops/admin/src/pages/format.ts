export const at = (v: string | number | null | undefined) => (v ? new Date(v).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '');
export const LEVELS: Record<string, string> = { critical: '严重', warning: '警告', info: '提示' };
export const STATES: Record<string, string> = { pending: '待定', firing: '告警中', resolved: '已恢复' };
export const OPERATORS: Record<string, string> = { gt: '>', gte: '≥', lt: '<', lte: '≤' };
export const NOTIFICATIONS: Record<string, string> = { none: '未通知', sent: '已发送', quiet: '静默期内', silenced: '被静默暂停', failed: '发送失败' };

/** A figure as the admin reads it: ratios as percentages, seconds with a unit. */
export function figure(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return '—';
  if (unit === 'ratio') return `${(value * 100).toFixed(2)}%`;
  if (unit === 'seconds') return `${value.toFixed(3)} 秒`;
  if (unit === 'boolean') return value >= 1 ? '正常' : '不可用';
  return String(value);
}
export const CHANNELS: Record<string, string> = { 'wecom-robot': '企业微信群机器人', email: '邮件', webhook: 'Webhook', 'dingtalk-robot': '钉钉群机器人' };
