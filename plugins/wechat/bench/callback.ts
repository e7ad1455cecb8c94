/**
 * Callback benchmark: N signed safe-mode text messages at C connections to a running CMS (a
 * production build on MySQL + Redis, with the demo apps seeded), then the same run against the
 * bare `/health` as the baseline. Prints replies/s and p99; the last line is one JSON object.
 *
 *   node --import tsx plugins/wechat/bench/callback.ts
 *   CMS_URL=http://127.0.0.1:1337 BENCH_MESSAGES=5000 BENCH_CONNECTIONS=32 ...
 *
 * The app defaults to the sandbox's demo OA (WECHAT_APP_ID, WECHAT_TOKEN, WECHAT_AES_KEY override).
 */
import http from 'node:http';
import { randomInt } from 'node:crypto';
import { MsgCrypto, sortedSha1 } from '../server/src/lib/msg-crypto';
import { DEMO_APP_DATA } from '../server/src/services/demo';

const base = process.env.CMS_URL || 'http://127.0.0.1:1337';
const total = Number(process.env.BENCH_MESSAGES || 5000);
const connections = Number(process.env.BENCH_CONNECTIONS || 32);
const demo = DEMO_APP_DATA[0];
const appId = process.env.WECHAT_APP_ID || demo.appId;
const token = process.env.WECHAT_TOKEN || demo.token;
const aesKey = process.env.WECHAT_AES_KEY || demo.encodingAESKey;
const crypto = new MsgCrypto(token, aesKey, appId);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });

function send(method: string, path: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, agent, headers: body ? { 'content-type': 'text/xml', 'content-length': Buffer.byteLength(body) } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let seq = 0;
function signedText(): { path: string; body: string } {
  const i = seq++;
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = String(randomInt(1e8, 2e9));
  const openid = `oBench${String(i % 500).padStart(22, '0')}`;
  const xml = `<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[${openid}]]></FromUserName><CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[积分]]></Content><MsgId>${Date.now()}${String(i).padStart(7, '0')}</MsgId></xml>`;
  const encrypted = crypto.encrypt(xml);
  const query = new URLSearchParams({ signature: sortedSha1(token, timestamp, nonce), timestamp, nonce, openid, encrypt_type: 'aes', msg_signature: crypto.signature(timestamp, nonce, encrypted) });
  return { path: `/api/wechat/callback/${appId}?${query}`, body: `<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>` };
}

async function run(name: string, next: () => Promise<boolean>) {
  const latencies: number[] = [];
  let failures = 0;
  let issued = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (issued < total) {
        issued += 1;
        const t = process.hrtime.bigint();
        const ok = await next().catch(() => false);
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        if (!ok) failures += 1;
      }
    })
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const p99 = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? 0;
  const rps = latencies.length / seconds;
  console.log(`${name}: ${latencies.length} requests in ${seconds.toFixed(2)} s, ${rps.toFixed(0)} req/s, p50 ${latencies[Math.floor(latencies.length / 2)]?.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, failures ${failures}`);
  return { rps, p99, failures };
}

(async () => {
  const health = await run('GET /health (baseline)', async () => (await send('GET', '/health')).status === 200);
  const replies = await run('POST callback (safe mode, encrypted reply)', async () => {
    const { path, body } = signedText();
    const res = await send('POST', path, body);
    return res.status === 200 && res.text.includes('<Encrypt>');
  });
  agent.destroy();
  const result = {
    bench: 'callback',
    value: Math.round(replies.rps),
    unit: 'replies/s',
    baseline: Math.round(health.rps),
    baselineName: '/health',
    ratio: Number((replies.rps / health.rps).toFixed(2)),
    p99ms: Number(replies.p99.toFixed(1)),
    target: 100,
    failures: replies.failures,
  };
  console.log(JSON.stringify(result));
  process.exit(replies.failures > 0 ? 1 : 0);
})();
