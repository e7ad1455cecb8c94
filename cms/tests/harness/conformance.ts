import fs from 'fs';
import path from 'path';
import type { Context, Next } from 'koa';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { APP_DIR } from './env';

/**
 * Conformance of real test traffic to the published OpenAPI document (cms/public/openapi.json).
 * Every response a test CMS gives under /api is matched to its operation (by method and path
 * template) and its body validated by AJV (JSON Schema 2020-12, what OpenAPI 3.1 uses) against
 * the operation's schema for that status. A status the operation does not list, or a body its
 * schema refuses, is a violation; `stop()` of the test CMS throws them, so the test file fails.
 */
type Json = Record<string, any>;
type Validate = ((data: unknown) => boolean) & { errors?: unknown };

export const DOCUMENT_PATH = path.join(APP_DIR, 'public', 'openapi.json');
const DOCUMENT_ID = 'openapi.json';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  responses: Json;
}

interface Conformance {
  match(method: string, path: string): Operation | undefined;
  validator(operation: Operation, status: string, media: string): Validate;
}

let loaded: Conformance | undefined;

const escapePointer = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');

function load(): Conformance {
  const document = JSON.parse(fs.readFileSync(DOCUMENT_PATH, 'utf8')) as Json;
  const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, DOCUMENT_ID);
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(document.paths as Json)) {
    for (const method of METHODS) {
      if (!item[method]) continue;
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
      operations.push({
        method,
        template,
        pattern: new RegExp(`^/api${source}/?$`),
        params: (template.match(/\{/g) ?? []).length,
        responses: item[method].responses,
      });
    }
  }
  // A static segment wins over a parameter (`/fans/sync-runs` before `/fans/{documentId}`).
  operations.sort((a, b) => a.params - b.params);
  const compiled = new Map<string, Validate>();
  return {
    match: (method, path) => operations.find((op) => op.method === method.toLowerCase() && op.pattern.test(path)),
    validator(operation, status, media) {
      const ref = `${DOCUMENT_ID}#/paths/${escapePointer(operation.template)}/${operation.method}/responses/${status}/content/${escapePointer(media)}/schema`;
      let validate = compiled.get(ref);
      if (!validate) {
        const response = operation.responses[status] as Json;
        const target = response.$ref ? `${DOCUMENT_ID}${response.$ref}/content/${escapePointer(media)}/schema` : ref;
        validate = ajv.compile({ $ref: target }) as Validate;
        compiled.set(ref, validate);
      }
      return validate;
    },
  };
}

function jsonBody(ctx: Context): { json: boolean; body?: unknown } {
  if (ctx.status === 204 || ctx.body == null) return { json: false };
  const raw = ctx.body as unknown;
  if (!/json/.test(ctx.response.type || '')) return { json: false };
  if (typeof raw === 'string' || Buffer.isBuffer(raw)) return { json: true, body: JSON.parse(raw.toString()) };
  if (typeof (raw as { pipe?: unknown }).pipe === 'function') return { json: false };
  return { json: true, body: JSON.parse(JSON.stringify(raw)) };
}

export interface ConformanceCheck {
  middleware: (ctx: Context, next: Next) => Promise<void>;
  violations: string[];
}

/** A Koa middleware (the outermost of the test CMS) recording the responses the document refuses. */
export function conformanceCheck(): ConformanceCheck {
  loaded ??= load();
  const api = loaded;
  const violations: string[] = [];
  const middleware = async (ctx: Context, next: Next) => {
    await next();
    if (!ctx.path.startsWith('/api/') || ctx.status === 304) return;
    const operation = api.match(ctx.method, ctx.path);
    const where = `${ctx.method} ${ctx.path} → ${ctx.status}`;
    if (!operation) {
      if (ctx.status !== 404 && ctx.status !== 405) violations.push(`${where}: no operation in the document`);
      return;
    }
    const response = (operation.responses[String(ctx.status)] ?? operation.responses.default) as Json | undefined;
    if (!response) return void violations.push(`${where}: status not documented (${Object.keys(operation.responses).join(', ')})`);
    const { json, body } = jsonBody(ctx);
    const content = (response.$ref ? { 'application/json': {} } : response.content) as Json | undefined;
    if (!json) {
      const type = (ctx.response.type || '').split(';')[0]!;
      if (ctx.body != null && ctx.status !== 204 && content && type && !content[type])
        violations.push(`${where}: ${type} not documented (${Object.keys(content).join(', ')})`);
      return;
    }
    if (!content?.['application/json']) return void violations.push(`${where}: a JSON body where the document has none`);
    const validate = api.validator(operation, String(ctx.status), 'application/json');
    if (!validate(body)) violations.push(`${where}: ${JSON.stringify(validate.errors)} in ${JSON.stringify(body).slice(0, 400)}`);
  };
  return { middleware, violations };
}
