import http from 'node:http';
import https from 'node:https';

export interface HttpAnswer {
  status: number;
  body: string;
}

/** One HTTP request with a hard timeout (no keep-alive, so nothing lingers after close). */
export function request(method: 'GET' | 'POST', url: string, body: string | undefined, timeoutMs: number, signal?: AbortSignal): Promise<HttpAnswer> {
  const target = new URL(url);
  const lib = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      target,
      {
        method,
        agent: false,
        signal,
        headers: body === undefined ? {} : { 'content-type': 'text/xml; charset=utf-8', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', fail);
      },
    );
    const timer = setTimeout(() => req.destroy(new Error('timeout')), timeoutMs);
    function fail(err: Error) {
      clearTimeout(timer);
      reject(err);
    }
    req.on('error', fail);
    req.end(body);
  });
}

export function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.message === 'timeout') return 'timeout';
  if (e?.code === 'ECONNREFUSED') return 'connection refused';
  if (e?.name === 'AbortError') return 'aborted';
  return e?.code ?? e?.message ?? String(err);
}
