import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of API.md `/metrics`: request durations, queue depth, WeChat / WeCom / WeChat Pay API calls by errcode. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'wedraw_' });

export const httpDuration = new Histogram({
  name: 'wedraw_http_request_duration_seconds',
  help: 'HTTP request duration by method, route group and status',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

export const queueDepth = new Gauge({
  name: 'wedraw_queue_jobs',
  help: 'Jobs per queue and state',
  labelNames: ['queue', 'state'],
  registers: [registry],
});

export const wechatCalls = new Counter({
  name: 'wedraw_wechat_api_calls_total',
  help: 'Calls to WeChat APIs by endpoint and errcode (0 = success)',
  labelNames: ['endpoint', 'errcode'],
  registers: [registry],
});

export const wecomCalls = new Counter({
  name: 'wedraw_wecom_api_calls_total',
  help: 'Calls to WeCom (qyapi) by API path and errcode (0 = success, -1 = no answer or not JSON)',
  labelNames: ['endpoint', 'errcode'],
  registers: [registry],
});

export const wechatpayCalls = new Counter({
  name: 'wedraw_wechatpay_api_calls_total',
  help: 'Calls to WeChat Pay v3 by API path, HTTP status (0 = no answer) and error code (OK = success)',
  labelNames: ['endpoint', 'status', 'code'],
  registers: [registry],
});

/** Collapse ids out of paths so label cardinality stays bounded. */
export function routeGroup(path: string): string {
  if (path.startsWith('/admin')) return '/admin';
  if (path.startsWith('/uploads')) return '/uploads';
  return path
    .split('/')
    .slice(0, 4)
    .map((part) => (/^[a-z0-9]{20,}$/i.test(part) || /^\d+$/.test(part) ? ':id' : part))
    .join('/');
}
