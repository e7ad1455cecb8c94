/**
 * Built-in rules of seed 003's 告警规则 (the same as config/monitoring/alerts.yml):
 * account offline > 5 min, message failure rate > 1 %, API response > 2 s, queue backlog > 1 000.
 * Channels null = routed by level (critical → every channel, warning → WeCom robot + email, info → WeCom robot).
 */
export const DEFAULT_RULES = [
  {
    code: 'account-offline',
    name: '企微账号离线超过 5 分钟',
    metric: 'wecom_accounts_offline',
    operator: 'gt',
    threshold: 0,
    forSeconds: 300,
    level: 'critical',
  },
  {
    code: 'message-failure-rate',
    name: '消息失败率超过 1%',
    metric: 'message_failure_ratio',
    operator: 'gt',
    threshold: 0.01,
    forSeconds: 120,
    level: 'warning',
  },
  { code: 'api-slow', name: 'API 响应 P99 超过 2 秒', metric: 'api_p99_seconds', operator: 'gt', threshold: 2, forSeconds: 180, level: 'warning' },
  {
    code: 'callback-slow',
    name: '回调处理 P99 超过 3 秒',
    metric: 'callback_p99_seconds',
    operator: 'gt',
    threshold: 3,
    forSeconds: 120,
    level: 'warning',
  },
  { code: 'queue-backlog', name: '队列积压超过 1000 条', metric: 'queue_backlog', operator: 'gt', threshold: 1000, forSeconds: 60, level: 'warning' },
  { code: 'database-down', name: '数据库不可用', metric: 'database_up', operator: 'lt', threshold: 1, forSeconds: 30, level: 'critical' },
  { code: 'redis-down', name: 'Redis 不可用', metric: 'redis_up', operator: 'lt', threshold: 1, forSeconds: 30, level: 'critical' },
] as const;

export const LEVEL_CHANNELS: Record<string, string[] | 'all'> = {
  critical: 'all',
  warning: ['wecom-robot', 'email'],
  info: ['wecom-robot'],
};

export const LEVEL_LABEL: Record<string, string> = { critical: '严重', warning: '警告', info: '提示' };
export const OPERATOR_SIGN: Record<string, string> = { gt: '>', gte: '≥', lt: '<', lte: '≤' };
