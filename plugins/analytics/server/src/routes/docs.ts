import { z } from 'zod';
import { dataOf, type RouteDoc } from '@wedraw/kit';
import { domainParams, rangeQuery } from '../controllers/dashboards';

const chart = z.object({
  buckets: z.array(z.string()),
  series: z.array(z.object({ metric: z.string(), label: z.string(), unit: z.string().optional(), values: z.array(z.number()) })),
});
const home = z.object({
  today: z.string(),
  figures: z.array(
    z.object({ metric: z.string(), label: z.string(), unit: z.string().optional(), today: z.number(), yesterday: z.number(), change: z.number() }),
  ),
  trends: chart.extend({ from: z.string(), to: z.string() }),
  attention: z.array(z.object({ key: z.string(), label: z.string(), value: z.number(), link: z.string().optional() })),
});
const domain = z.object({
  domain: z.string(),
  title: z.string(),
  from: z.string(),
  to: z.string(),
  granularity: z.enum(['day', 'week', 'month']),
  charts: z.array(chart.extend({ key: z.string(), title: z.string() })),
  breakdowns: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      metric: z.string(),
      rows: z.array(z.object({ dimension: z.string(), label: z.string().optional(), value: z.number() })),
    }),
  ),
});
const RANGE = '日期为北京时间（Asia/Shanghai）；默认最近 30 天；`granularity` 为 day、week（周一开始）或 month。只读每日统计表，不扫描业务表。';

export const DOCS = {
  home: {
    summary: '首页看板：今日关键数据（与昨日对比）、近 30 天趋势、待处理事项',
    security: 'apiToken',
    responses: { 200: dataOf(home) },
  },
  domain: {
    summary: '分领域看板（fans 粉丝、orders 订单与积分、messages 消息、wecom 企业微信）',
    description: RANGE,
    security: 'apiToken',
    params: domainParams,
    query: rangeQuery.innerType(),
    responses: { 200: dataOf(domain) },
  },
  exportDomain: {
    summary: '导出分领域看板（CSV）',
    description: `${RANGE} 每个图表一张表：每行一个日期，每列一个指标。`,
    security: 'apiToken',
    params: domainParams,
    query: rangeQuery.innerType(),
    responses: { 200: { description: 'CSV（UTF-8，带 BOM）', contentType: 'text/csv', schema: z.string() } },
  },
} satisfies Record<string, RouteDoc>;
