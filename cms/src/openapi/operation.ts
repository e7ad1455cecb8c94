import type { ErrorStatus, RouteDoc, RouteSecurity, SuccessDoc } from '@wedraw/kit';
import type { AnyZodObject, ZodTypeAny } from 'zod';
import { toJsonSchema, type JsonSchema } from './schemas';

type Operation = Record<string, unknown>;

/** The security requirement of each kind of caller (`components.securitySchemes`). */
const SECURITY: Record<RouteSecurity, Record<string, string[]>[]> = {
  public: [{}],
  user: [{ userJwt: [] }],
  apiToken: [{ apiToken: [] }],
  tenant: [{ tenantKey: [] }],
  callback: [{}],
};

const ERROR_TEXT: Record<ErrorStatus, string> = {
  400: '参数错误（details.errors 逐个字段说明）',
  401: '未登录或凭证无效',
  403: '无权访问',
  404: '不存在（或不属于当前用户）',
  409: '业务规则拒绝（error.name 说明原因）',
  413: '请求体过大',
  429: '请求过于频繁',
  502: '上游（微信等）暂不可用',
  503: '依赖的服务暂不可用',
};

/** The error names a route gives without saying so: from its inputs, its callers and its path. */
function impliedErrors(doc: RouteDoc, path: string, _method: string, base: Operation): Partial<Record<ErrorStatus, string[]>> {
  const callers = ([] as RouteSecurity[]).concat(doc.security);
  const implied: Partial<Record<ErrorStatus, string[]>> = {};
  const takesInput = doc.params || doc.query || (doc.body && doc.body !== 'none') || (base.parameters as unknown[] | undefined)?.length || base.requestBody;
  if (takesInput) implied[400] = ['ValidationError'];
  if (callers.some((c) => c === 'user' || c === 'apiToken' || c === 'tenant')) {
    implied[401] = ['UnauthorizedError'];
    implied[403] = ['ForbiddenError', 'PolicyError'];
  }
  if (path.includes('{')) implied[404] = ['NotFoundError'];
  // Every /api request counts against the per-IP limit (writes also per user); callbacks are WeChat's, on their own path.
  if (!callers.includes('callback')) implied[429] = ['RateLimitError'];
  return implied;
}

function errorResponse(status: ErrorStatus, names: string[]) {
  const unique = [...new Set(names)].sort();
  return {
    description: `${ERROR_TEXT[status]}：${unique.join(' | ')}`,
    content: {
      'application/json': {
        schema: {
          allOf: [
            { $ref: '#/components/schemas/ErrorEnvelope' },
            { type: 'object', properties: { error: { type: 'object', properties: { status: { const: status }, name: { enum: unique } } } } },
          ],
        },
      },
    },
  };
}

function successResponse(doc: SuccessDoc) {
  if (doc === null) return { description: '成功，无内容' };
  if ('contentType' in doc && typeof doc.contentType === 'string') {
    return { description: doc.description, content: { [doc.contentType]: { schema: toJsonSchema(doc.schema) } } };
  }
  return { description: '成功', content: { 'application/json': { schema: toJsonSchema(doc as ZodTypeAny) } } };
}

function parameters(schema: AnyZodObject | undefined, where: 'path' | 'query' | 'header') {
  if (!schema) return [];
  const json = toJsonSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: where, required: where === 'path' || (json.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest };
  });
}

/** Path parameters the doc does not describe: plain strings, so the operation stays valid. */
function undocumentedPathParams(path: string, documented: Array<{ name: string }>) {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  return names.filter((name) => !documented.some((p) => p.name === name)).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
}

/**
 * One OpenAPI operation from a route's documentation. What the doc leaves out (a route that
 * declares Strapi's own `request`/`response`) is kept from Strapi's generated operation `base`.
 */
export function buildOperation(doc: RouteDoc, route: { method: string; path: string; owner: string; operationId: string }, base: Operation = {}): Operation {
  const responses: Record<string, unknown> = {};
  const successes = Object.entries(doc.responses ?? {});
  if (successes.length) for (const [status, success] of successes) responses[status] = successResponse(success as SuccessDoc);
  else
    for (const [status, response] of Object.entries((base.responses ?? {}) as Record<string, unknown>))
      if (status.startsWith('2')) responses[status] = response;
  const errors: Partial<Record<ErrorStatus, string[]>> = impliedErrors(doc, route.path, route.method, base);
  for (const [status, names] of Object.entries(doc.errors ?? {})) {
    const code = Number(status) as ErrorStatus;
    errors[code] = [...(errors[code] ?? []), ...(names ?? [])];
  }
  for (const [status, names] of Object.entries(errors)) responses[status] = errorResponse(Number(status) as ErrorStatus, names ?? []);
  responses['500'] = { $ref: '#/components/responses/InternalError' };

  const documented = doc.params || doc.query || doc.headers;
  const own = [...parameters(doc.params, 'path'), ...parameters(doc.query, 'query'), ...parameters(doc.headers, 'header')];
  const params = documented ? own : ((base.parameters as Array<{ name: string }>) ?? []);
  const operation: Operation = {
    operationId: route.operationId,
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    tags: [route.owner],
    security: ([] as RouteSecurity[]).concat(doc.security).flatMap((caller) => SECURITY[caller]),
    parameters: [...params, ...undocumentedPathParams(route.path, params)],
    responses,
  };
  if (doc.body === 'none') operation['x-wedraw-no-body'] = true;
  else if (doc.body) operation.requestBody = { required: true, content: { [doc.bodyType ?? 'application/json']: { schema: toJsonSchema(doc.body) } } };
  else if (base.requestBody) operation.requestBody = base.requestBody;
  return operation;
}
