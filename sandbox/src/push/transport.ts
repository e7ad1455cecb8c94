import http from 'node:http';
import https from 'node:https';

export interface HttpAnswer {
  status: number;
  body: string;
}

/**
 * How the sandbox reaches developer servers (pushes, URL checks). By default one connection per
 * request, as nothing is said about WeChat reusing them; `keepAlive` reuses connections (HTTP/1.1
 * keep-alive, at most `maxSockets` per host), as a push service at volume would. Requests in flight
 * are tracked so that `close()` ends them all at once (no abort listener per request: thousands of
 * concurrent pushes on one AbortSignal make every add/remove a linear scan).
 */
export class Transport {
  private readonly inFlight = new Set<http.ClientRequest>();
  private readonly agents: { http: http.Agent; https: https.Agent } | null;
  private closed = false;

  constructor(options: { keepAlive?: boolean; maxSockets?: number } = {}) {
    this.agents = options.keepAlive
      ? {
          http: new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 }),
          https: new https.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 }),
        }
      : null;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** One HTTP request with a hard timeout (waiting for a free connection included). */
  request(method: 'GET' | 'POST', url: string, body: string | undefined, timeoutMs: number): Promise<HttpAnswer> {
    if (this.closed) return Promise.reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const lib = secure ? https : http;
    const agent = this.agents ? (secure ? this.agents.https : this.agents.http) : false;
    return new Promise((resolve, reject) => {
      const req = lib.request(
        target,
        {
          method,
          agent,
          headers: body === undefined ? {} : { 'content-type': 'text/xml; charset=utf-8', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            done();
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
          });
          res.on('error', fail);
        },
      );
      this.inFlight.add(req);
      const timer = setTimeout(() => req.destroy(new Error('timeout')), timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.inFlight.delete(req);
      };
      function fail(err: Error) {
        done();
        reject(err);
      }
      req.on('error', fail);
      req.end(body);
    });
  }

  /** Ends every request in flight (they fail as aborted) and the kept connections. */
  close(): void {
    this.closed = true;
    for (const req of this.inFlight) req.destroy(Object.assign(new Error('aborted'), { name: 'AbortError' }));
    this.inFlight.clear();
    this.agents?.http.destroy();
    this.agents?.https.destroy();
  }
}

export function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.message === 'timeout') return 'timeout';
  if (e?.code === 'ECONNREFUSED') return 'connection refused';
  if (e?.name === 'AbortError') return 'aborted';
  return e?.code ?? e?.message ?? String(err);
}
