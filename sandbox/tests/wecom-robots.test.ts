import { createHash } from 'node:crypto';
import { useSandbox } from './helpers';
import { admin, CORP } from './wecom-helpers';

const t = useSandbox({}, { resetEach: true });
const KEY: string = CORP.robots[0].key;
const send = (body: unknown, key = KEY) => t.wx.post('/cgi-bin/webhook/send', { key }, body);

/** The smallest valid PNG header and some padding bytes: enough for the format check. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');

async function upload(key: string, type: string, data: Buffer, name = 'report.pdf'): Promise<any> {
  const form = new FormData();
  form.append('media', new Blob([new Uint8Array(data)], { type: 'application/pdf' }), name);
  const res = await fetch(`${t.sb.url}/cgi-bin/webhook/upload_media?key=${key}&type=${type}`, { method: 'POST', body: form });
  return res.json();
}

describe('group robot webhook: message types, media, limits on the sandbox clock', () => {
  test('GET /_sandbox/wecom/robots lists the demo robot and its key', async () => {
    const robots = await t.admin.wecomRobots();
    expect(robots).toEqual([{ corpId: CORP.corpId, key: KEY, name: CORP.robots[0].name, webhookPath: `/cgi-bin/webhook/send?key=${KEY}`, sentLastMinute: 0 }]);
  });

  test('markdown up to 4096 bytes; image with base64 + md5, JPG/PNG, ≤ 2 MB', async () => {
    expect((await send({ msgtype: 'markdown', markdown: { content: '好'.repeat(1365) } })).errcode).toBe(0); // 4095 bytes
    expect((await send({ msgtype: 'markdown', markdown: { content: '好'.repeat(1366) + 'x' } })).errcode).toBe(40058);
    expect(await send({ msgtype: 'image', image: { base64: PNG.toString('base64'), md5: md5(PNG) } })).toEqual({ errcode: 0, errmsg: 'ok' });
    expect((await send({ msgtype: 'image', image: { base64: PNG.toString('base64'), md5: md5(Buffer.from('other')) } })).errcode).toBe(301019);
    const gif = Buffer.from('GIF89a-not-allowed-here');
    expect((await send({ msgtype: 'image', image: { base64: gif.toString('base64'), md5: md5(gif) } })).errcode).toBe(40005);
    const big = Buffer.concat([PNG, Buffer.alloc(2 << 20)]);
    expect((await send({ msgtype: 'image', image: { base64: big.toString('base64'), md5: md5(big) } })).errcode).toBe(40009);
    const sent = await t.admin.wecomMessages({ kind: 'robot', key: KEY });
    expect(sent.map((m) => m.msgtype)).toEqual(['markdown', 'image']);
    // The record keeps the image's md5 and size, not its bytes.
    expect(sent[1]?.payload).toEqual({ msgtype: 'image', image: { md5: md5(PNG), bytes: PNG.length, format: 'png' } });
    expect(typeof sent[1]?.at).toBe('number');
  });

  test('news with 1..8 articles', async () => {
    const article = { title: '新品上市', description: '春季限定', url: 'https://wedraw.example/p/1', picurl: 'https://wedraw.example/p/1.png' };
    expect((await send({ msgtype: 'news', news: { articles: [article] } })).errcode).toBe(0);
    expect((await send({ msgtype: 'news', news: { articles: Array(9).fill(article) } })).errcode).toBe(40058);
    expect((await send({ msgtype: 'news', news: { articles: [{ title: '缺链接' }] } })).errcode).toBe(40058);
    expect((await send({ msgtype: 'voice_card' })).errcode).toBe(40008);
  });

  test('file: upload_media returns a media_id that only the uploading robot can send', async () => {
    const up = await upload(KEY, 'file', Buffer.from('%PDF-1.4 weekly report'));
    expect(up).toMatchObject({ errcode: 0, errmsg: 'ok', type: 'file' });
    expect(typeof up.media_id).toBe('string');
    expect(typeof up.created_at).toBe('string');
    expect((await upload(KEY, 'image', Buffer.from('%PDF-1.4 weekly report'))).errcode).toBe(40004);
    expect((await upload('nope', 'file', Buffer.from('%PDF-1.4 weekly report'))).errcode).toBe(93000);
    expect((await send({ msgtype: 'file', file: { media_id: up.media_id } })).errcode).toBe(0);
    const other = await t.admin.wecomAddRobot(CORP.corpId, { name: '门店群' });
    expect((await send({ msgtype: 'file', file: { media_id: up.media_id } }, other.key)).errcode).toBe(40007);
    await t.admin.advanceClock(3 * 24 * 3600 + 1);
    expect((await send({ msgtype: 'file', file: { media_id: up.media_id } })).errcode).toBe(40007);
  });

  test('93000 for an unknown key; 45009 past 20 a minute per robot, other robots unaffected', async () => {
    expect((await send({ msgtype: 'text', text: { content: 'x' } }, 'unknown-key')).errcode).toBe(93000);
    const other = await t.admin.wecomAddRobot(CORP.corpId);
    for (let i = 0; i < 20; i++) expect((await send({ msgtype: 'text', text: { content: `${i}` } })).errcode).toBe(0);
    expect((await send({ msgtype: 'text', text: { content: '21st' } })).errcode).toBe(45009);
    expect((await send({ msgtype: 'text', text: { content: 'other robot' } }, other.key)).errcode).toBe(0);
    expect((await t.admin.wecomRobots(CORP.corpId)).find((r) => r.key === KEY)?.sentLastMinute).toBe(20);
    await t.admin.advanceClock(60);
    expect((await send({ msgtype: 'text', text: { content: 'next minute' } })).errcode).toBe(0);
  });

  test('a faster clock: at speed 60 a sandbox minute passes in one real second', async () => {
    const before = (await admin(t.sb.url, 'GET', '/_sandbox/clock')).body;
    expect(before.speed).toBe(1);
    expect((await t.admin.setClockSpeed(60)).speed).toBe(60);
    for (let i = 0; i < 20; i++) expect((await send({ msgtype: 'text', text: { content: `${i}` } })).errcode).toBe(0);
    expect((await send({ msgtype: 'text', text: { content: 'over' } })).errcode).toBe(45009);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await send({ msgtype: 'text', text: { content: 'later' } })).errcode).toBe(0);
    const after = (await admin(t.sb.url, 'GET', '/_sandbox/clock')).body;
    expect(after.now - before.now).toBeGreaterThan(60_000);
    expect((await admin(t.sb.url, 'POST', '/_sandbox/clock', { speed: 0 })).status).toBe(400);
  });
});
