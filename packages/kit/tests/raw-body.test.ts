import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyTooLarge, readRawBody } from '../src';

/** A real HTTP server whose handler reads the body as a fast route does, answering what it read. */
let server: http.Server;
let url = '';
beforeAll(async () => {
  server = http.createServer((req, res) => {
    const ctx = { get: (h: string) => String(req.headers[h.toLowerCase()] ?? ''), request: {}, req };
    readRawBody(ctx, 1024).then(
      (text) => res.end(JSON.stringify({ text })),
      (err: Error) => {
        if (res.destroyed) return;
        res.statusCode = err instanceof BodyTooLarge ? 413 : 500;
        res.end(err.name);
      },
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('readRawBody', () => {
  it('reads a body sent in several chunks as UTF-8 text', async () => {
    const text = await new Promise<string>((resolve, reject) => {
      const req = http.request(url, { method: 'POST' }, (res) => {
        let out = '';
        res.setEncoding('utf8').on('data', (c: string) => (out += c));
        res.on('end', () => resolve((JSON.parse(out) as { text: string }).text));
      });
      req.on('error', reject);
      const bytes = Buffer.from('<xml><Content>你好</Content></xml>');
      req.write(bytes.subarray(0, 16)); // splits a multi-byte character between chunks
      setTimeout(() => req.end(bytes.subarray(16)), 20);
    });
    expect(text).toBe('<xml><Content>你好</Content></xml>');
  });

  it('refuses a declared length over the limit without reading', async () => {
    const res = await fetch(url, { method: 'POST', body: 'x'.repeat(2000) });
    expect(res.status).toBe(413);
  });

  it('stops a chunked body as soon as it passes the limit', async () => {
    const outcome = await new Promise<string>((resolve) => {
      const req = http.request(url, { method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (res) => resolve(String(res.statusCode)));
      req.on('error', (err) => resolve(`closed: ${(err as NodeJS.ErrnoException).code}`));
      req.write('x'.repeat(800));
      setTimeout(() => req.write('x'.repeat(800)), 20);
    });
    // The server destroys the request past 1024 bytes: the client sees the connection end, never a 200.
    expect(outcome).not.toBe('200');
  });

  it('returns a body Strapi already parsed as text, within the limit', async () => {
    const ctx = (body: string) => ({ get: () => '', request: { body }, req: { readableEnded: true } as never });
    expect(await readRawBody(ctx('<xml/>'), 1024)).toBe('<xml/>');
    await expect(readRawBody(ctx('x'.repeat(2000)), 1024)).rejects.toBeInstanceOf(BodyTooLarge);
  });
});
