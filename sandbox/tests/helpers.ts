import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_APPS, SandboxClient, startSandbox, type RunningSandbox, type SandboxOptions } from '../src';

export const OA = DEMO_APPS.official;
export const MP = DEMO_APPS.miniprogram;

export type Json = Record<string, any>;

/** A sandbox on a random port with a typed admin client; push timeouts short for tests. */
export async function boot(options: SandboxOptions = {}): Promise<{ sb: RunningSandbox; admin: SandboxClient; wx: Wx }> {
  const sb = await startSandbox({ port: 0, push: { timeoutMs: 400, retryDelayMs: 20 }, ...options });
  return { sb, admin: new SandboxClient(sb.url), wx: new Wx(sb.url) };
}

/** Calls the sandbox the way a WeChat client does: query parameters, JSON bodies. */
export class Wx {
  constructor(readonly url: string) {}

  async get(path: string, query: Record<string, string | undefined> = {}): Promise<Json> {
    const qs = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined));
    const res = await fetch(`${this.url}${path}?${qs}`);
    expect(res.headers.get('content-type')).toContain('application/json');
    return (await res.json()) as Json;
  }

  async post(path: string, query: Record<string, string | undefined>, body: unknown): Promise<Json> {
    const qs = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined));
    const res = await fetch(`${this.url}${path}?${qs}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return (await res.json()) as Json;
  }

  async token(app: { appId: string; secret: string } = OA): Promise<string> {
    const r = await this.get('/cgi-bin/token', { grant_type: 'client_credential', appid: app.appId, secret: app.secret });
    if (!r.access_token) throw new Error(JSON.stringify(r));
    return r.access_token as string;
  }
}

/** A tiny developer server for push tests: each request goes to `handler`. */
export async function receiver(
  handler: (req: IncomingMessage & { body: string; query: URLSearchParams }, res: ServerResponse) => void | Promise<void>,
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = Object.assign(req, { body: Buffer.concat(chunks).toString('utf8'), query: new URL(req.url ?? '/', 'http://x').searchParams });
      void Promise.resolve(handler(r, res)).catch((err) => {
        res.statusCode = 500;
        res.end(String(err));
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/wechat`,
    server,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Registers jest hooks that boot a sandbox for the file (optionally reset before each test). */
export function useSandbox(options: SandboxOptions = {}, { resetEach = false } = {}): { sb: RunningSandbox; admin: SandboxClient; wx: Wx } {
  const holder = {} as { sb: RunningSandbox; admin: SandboxClient; wx: Wx };
  beforeAll(async () => Object.assign(holder, await boot(options)));
  afterAll(() => holder.sb.close());
  if (resetEach) beforeEach(() => holder.sb.reset());
  return holder;
}
