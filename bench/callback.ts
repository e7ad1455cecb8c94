/**
 * bench/callback (issue 5): signed safe-mode text messages to POST /api/wechat/callback/:appId of
 * a production build (MySQL + Redis, the demo apps and replies seeded), each answered with an
 * encrypted passive reply; the same run's bare `/health` is the baseline. Prints replies/s and
 * p99 (target p99 ≤ 100 ms, far inside WeChat's 5 s).
 *
 *   node --import tsx bench/callback.ts [--build] [--connections 32] [--messages 5000]
 * Env: BENCH_DATABASE_HOST/PORT/USERNAME/PASSWORD (default root@127.0.0.1:3306), REDIS_URL.
 */
import path from 'node:path';
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';
import { MsgCrypto, sortedSha1 } from '@wedraw/wechat-protocol';
import { DEMO_APP_DATA } from '../plugins/wechat/server/src/services/demo';
import { benchArgs, load, printResult, ratioOf, startBenchCms } from './lib/production-cms';

const { build, connections } = benchArgs({ connections: 32 });
const messages = Number(parseArgs({ options: { messages: { type: 'string', default: '5000' } }, strict: false }).values.messages);
const demo = DEMO_APP_DATA[0]!;
const crypto = new MsgCrypto(demo.token, demo.encodingAESKey, demo.appId);

let seq = 0;
/** One text message as WeChat sends it in safe mode: both signatures, the AES envelope, a fresh MsgId. */
function signedText(): { path: string; body: string } {
  const i = seq++;
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = String(randomInt(1e8, 2e9));
  const openid = `oBench${String(i % 500).padStart(22, '0')}`;
  const xml = `<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[${openid}]]></FromUserName><CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[积分]]></Content><MsgId>${Date.now()}${String(i).padStart(7, '0')}</MsgId></xml>`;
  const encrypted = crypto.encrypt(xml);
  const query = new URLSearchParams({
    signature: sortedSha1(demo.token, timestamp, nonce),
    timestamp,
    nonce,
    openid,
    encrypt_type: 'aes',
    msg_signature: crypto.signature(timestamp, nonce, encrypted),
  });
  return {
    path: `/api/wechat/callback/${demo.appId}?${query}`,
    body: `<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`,
  };
}

async function main() {
  const cms = await startBenchCms('callback', path.join(__dirname, 'setup', 'callback.cjs'), { build });
  try {
    console.log(`[bench] ${messages} requests per target at ${connections} connections, production CMS on MySQL + Redis`);
    const health = await load('GET /health (baseline)', { url: `${cms.base}/health`, connections, amount: messages });
    let unanswered = 0;
    const replies = await load('POST callback (safe mode, encrypted reply)', {
      url: cms.base,
      connections,
      amount: messages,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'text/xml' },
          setupRequest: (req) => ({ ...req, ...signedText() }),
          onResponse: (status, body) => {
            if (status !== 200 || !body.includes('<Encrypt>')) unanswered += 1;
          },
        },
      ],
    });
    const table = `\`${cms.env.DATABASE_NAME}\`.wechat_messages`;
    const [rows] = await cms.db.query(`SELECT COUNT(*) AS n, COUNT(DISTINCT msg_id) AS distinctIds FROM ${table} WHERE openid LIKE 'oBench%'`);
    const { n, distinctIds } = (rows as { n: number; distinctIds: number }[])[0]!;
    console.log(`[bench] messages stored: ${n} (${distinctIds} distinct MsgIds); requests without an encrypted reply: ${unanswered}`);
    printResult({
      bench: 'callback',
      value: replies.rps,
      unit: 'replies/s',
      baseline: health.rps,
      baselineName: '/health',
      ratio: ratioOf(replies.rps, health.rps),
      p99ms: replies.p99ms,
      target: 100,
      unanswered,
      stored: Number(n),
    });
    process.exitCode = unanswered > 0 ? 1 : 0;
  } finally {
    await cms.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
