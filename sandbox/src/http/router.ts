import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorBody, WxError } from '../wx/errors';
import { AdminError, Reply } from './reply';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a handler sees of one request. */
export interface Ctx {
  method: string;
  path: string;
  query: URLSearchParams;
  params: Record<string, string>;
  raw: Buffer;
  /** `http://host:port` as the client addressed the sandbox. */
  origin: string;
  req: IncomingMessage;
  /** The app a WeChat API call is made for, once known (for counters). */
  appId?: string;
}

export type Handler = (ctx: Ctx) => unknown;

interface Route {
  method: Method;
  regex: RegExp;
  keys: string[];
  handler: Handler;
  /** A WeChat API (counted, fault-injectable, WeChat-style method errors) rather than admin/page. */
  api: boolean;
  pattern: string;
  /** When set, the route only takes requests it accepts (two hosts sharing a path). */
  when?: (ctx: Ctx) => boolean;
}

/** Hooks the server gives the router for WeChat API routes. */
export interface ApiHooks {
  /** Runs before the handler; may answer instead of it (fault injection). */
  before(pattern: string, ctx: Ctx): Promise<Reply | 'drop' | undefined>;
  after(pattern: string, ctx: Ctx, errcode: number): void;
}

function compile(pattern: string): { regex: RegExp; keys: string[] } {
  const keys: string[] = [];
  const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\/:(\w+)/g, (_m, key: string) => {
    keys.push(key);
    return '/([^/]+)';
  });
  return { regex: new RegExp(`^${source}$`), keys };
}

/** Parses the request body as JSON: 44002 when empty, 47001 when malformed (as WeChat does). */
export function jsonBody<T = Record<string, unknown>>(ctx: Ctx): T {
  const text = ctx.raw.toString('utf8').trim();
  if (!text) throw new WxError(44002);
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object') throw new Error('not an object');
    return value as T;
  } catch {
    throw new WxError(47001);
  }
}

/** A tiny router over node:http. */
export class Router {
  private readonly routes: Route[] = [];

  constructor(private readonly hooks: ApiHooks) {}

  add(method: Method, pattern: string, handler: Handler, api = false, when?: (ctx: Ctx) => boolean): void {
    this.routes.push({ method, pattern, handler, api, ...compile(pattern), ...(when ? { when } : {}) });
  }

  /** A WeChat API endpoint; `when` narrows it for a path that api.weixin and qyapi share. */
  api(method: Method, pattern: string, handler: Handler, when?: (ctx: Ctx) => boolean): void {
    this.add(method, pattern, handler, true, when);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    const raw = await readBody(req);
    const ctx: Ctx = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      params: {},
      raw,
      origin: `http://${req.headers.host ?? 'localhost'}`,
      req,
    };
    const candidates = this.routes.filter((r) => r.regex.test(ctx.path));
    const route = candidates.find((r) => r.method === ctx.method && (!r.when || r.when(ctx)));
    if (!route) {
      const other = candidates[0];
      if (other?.api) return send(res, Reply.json(200, errorBody(other.method === 'GET' ? 43001 : 43002)));
      if (other) return send(res, Reply.json(405, { error: `method ${ctx.method} not allowed` }));
      return send(res, Reply.json(404, { errcode: -1, errmsg: `sandbox: no endpoint ${ctx.path}` }));
    }
    const match = route.regex.exec(ctx.path) as RegExpExecArray;
    route.keys.forEach((k, i) => (ctx.params[k] = decodeURIComponent(match[i + 1] ?? '')));
    if (route.api) {
      const early = await this.hooks.before(route.pattern, ctx);
      if (early === 'drop') {
        req.socket.destroy();
        return;
      }
      if (early) return send(res, early);
    }
    const reply = await run(route.handler, ctx);
    if (route.api) this.hooks.after(route.pattern, ctx, errcodeOf(reply));
    send(res, reply);
  }
}

async function run(handler: Handler, ctx: Ctx): Promise<Reply> {
  try {
    const out = await handler(ctx);
    return out instanceof Reply ? out : Reply.json(200, out);
  } catch (err) {
    if (err instanceof WxError) return Reply.json(200, errorBody(err.errcode, err.errmsg));
    if (err instanceof AdminError) return Reply.json(err.status, { error: err.message });
    console.error('[sandbox] handler failed', err);
    return Reply.json(500, errorBody(-1));
  }
}

function errcodeOf(reply: Reply): number {
  if (!reply.contentType.startsWith('application/json')) return reply.status < 400 ? 0 : -1;
  try {
    const body = JSON.parse(reply.body.toString()) as { errcode?: unknown };
    return typeof body.errcode === 'number' ? body.errcode : 0;
  } catch {
    return -1;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function send(res: ServerResponse, reply: Reply): void {
  if (res.headersSent) return;
  res.writeHead(reply.status, { 'content-type': reply.contentType, 'cache-control': 'no-store', ...reply.headers });
  res.end(reply.body);
}
