import type { Core } from '@strapi/strapi';
import { generate } from '@strapi/openapi';
import { buildOperation } from './operation';
import { contentRoutes, openApiPath } from './routes';
import { componentSchemas } from './schemas';
import { STRAPI_ROUTE_DOCS } from './strapi-routes';
import { DOCUMENT_INFO, ERROR_ENVELOPE, SECURITY_SCHEMES, TAGS } from './document-text';

type Json = Record<string, any>;

/**
 * The OpenAPI 3.1 document of the content API (`/openapi.json`, read by `/docs`): Strapi's own
 * generator for the content types' REST routes, then every route that carries a `RouteDoc`
 * (`documented(...)` from @wedraw/kit), from any API or plugin, replaced by the operation its doc
 * describes. Deterministic: the same code gives the same bytes (a test compares the committed copy).
 */
export function buildDocument(strapi: Core.Strapi): Json {
  const base = structuredClone(generate(strapi, { type: 'content-api' }).document) as Json;
  const paths: Json = Object.fromEntries(Object.entries(base.paths ?? {}).map(([path, item]) => [openApiPath(path), item]));
  for (const route of contentRoutes(strapi)) {
    const doc = route.doc ?? STRAPI_ROUTE_DOCS[`${route.method} ${route.path}`];
    if (!doc) continue;
    const existing = paths[route.path]?.[route.method];
    const operationId = existing?.operationId ?? `${route.owner}/${route.method}${route.path.replace(/[{}]/g, '')}`;
    paths[route.path] = { ...paths[route.path], [route.method]: buildOperation(doc, { ...route, operationId }, existing) };
  }
  for (const item of Object.values(paths)) for (const operation of Object.values(item as Json)) withErrorEnvelopes(operation as Json);
  withoutGenerationTime(base.components);
  withoutGenerationTime(paths);

  return {
    openapi: base.openapi,
    info: { ...DOCUMENT_INFO, version: base.info?.version ?? '0.0.0' },
    servers: [{ url: '/api', description: '本服务（内容 API 前缀 /api）' }],
    security: [{ userJwt: [] }, { apiToken: [] }],
    tags: TAGS.filter((tag) => Object.values(paths).some((item) => Object.values(item as Json).some((op: Json) => op.tags?.includes(tag.name)))),
    paths: sortKeys(paths),
    components: {
      ...base.components,
      securitySchemes: SECURITY_SCHEMES,
      schemas: sortKeys({ ...base.components?.schemas, ...componentSchemas(), ErrorEnvelope: ERROR_ENVELOPE }),
      responses: {
        InternalError: {
          description: '服务器内部错误（总是缺陷）',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } },
        },
      },
    },
  };
}

/**
 * Strapi's generated operations list their errors by a word: give each the envelope it answers.
 * Their list answers also carry `meta` (pagination), which Strapi's schemas leave out.
 */
function withErrorEnvelopes(operation: Json): void {
  for (const [status, response] of Object.entries(operation.responses ?? {}) as [string, Json][]) {
    const schema = response.content?.['application/json']?.schema;
    if (/^2/.test(status) && schema?.additionalProperties === false && schema.properties?.data && !schema.properties.meta) {
      schema.properties.meta = { type: 'object' };
    }
    if (/^[45]\d\d$/.test(status) && !response.content && !response.$ref) {
      response.content = { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } };
    }
  }
}

/** Strapi gives `publishedAt` the time of generation as its default: the document must not change with the clock. */
function withoutGenerationTime(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const object = node as Json;
  if (object.default instanceof Date || (typeof object.default === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(object.default))) delete object.default;
  for (const value of Object.values(object)) withoutGenerationTime(value);
}

function sortKeys(object: Json): Json {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
