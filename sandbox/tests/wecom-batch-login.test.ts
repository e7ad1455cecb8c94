import { openWecomMessage } from '../src';
import { receiver, sleep, useSandbox } from './helpers';
import { admin, APP, CORP, Qy } from './wecom-helpers';

const t = useSandbox({}, { resetEach: true });
const qy = () => new Qy(t.wx);

async function upload(token: string, csv: string): Promise<string> {
  const form = new FormData();
  form.append('media', new Blob([csv], { type: 'text/csv' }), 'import.csv');
  const r = (await (await fetch(`${t.sb.url}/cgi-bin/media/upload?access_token=${token}&type=file`, { method: 'POST', body: form })).json()) as {
    media_id: string;
  };
  return r.media_id;
}

async function waitDone(token: string, jobid: string): Promise<Record<string, any>> {
  for (let i = 0; i < 100; i++) {
    const r = await qy().get('/cgi-bin/batch/getresult', token, { jobid });
    if (r.status === 3) return r;
    await sleep(50);
  }
  throw new Error('job did not finish');
}

describe('WeCom async batch import', () => {
  test('syncuser: getresult progresses 1 → 2 → 3 with per-row results; batch_job_result pushed to the job callback', async () => {
    const token = await qy().token();
    const rows = Array.from({ length: 120 }, (_, i) => `导入${i},imp${i},1390000${String(i).padStart(4, '0')},,2;8,店员,男`);
    rows.push('坏行,bad row,,,2,,');
    const csv = ['姓名,帐号,手机号,邮箱,所在部门,职务,性别', ...rows].join('\n');
    const mediaId = await upload(token, csv);
    const got: Record<string, unknown>[] = [];
    const crypt = { corpId: CORP.corpId, token: 'jobtoken', encodingAESKey: 'JobCallbackAESKey00000000000000000000000001' };
    const r = await receiver((req, res) => {
      got.push(openWecomMessage(crypt, req.query, req.body));
      res.end('');
    });
    try {
      const started = await qy().post('/cgi-bin/batch/syncuser', token, {
        media_id: mediaId,
        callback: { url: r.url, token: crypt.token, encodingaeskey: crypt.encodingAESKey },
      });
      expect(started).toMatchObject({ errcode: 0, errmsg: 'ok', jobid: expect.any(String) });
      const seen: { status: number; percentage: number; total: number; result: unknown[] }[] = [];
      for (let i = 0; i < 200 && seen[seen.length - 1]?.status !== 3; i++) {
        seen.push((await qy().get('/cgi-bin/batch/getresult', token, { jobid: started.jobid })) as (typeof seen)[number]);
        await sleep(20);
      }
      const statuses = seen.map((s) => s.status);
      expect(statuses).toEqual([...statuses].sort());
      expect(statuses[0]).toBeLessThan(3);
      expect(statuses[statuses.length - 1]).toBe(3);
      const running = seen.find((s) => s.status === 2) as (typeof seen)[number];
      expect(running.percentage).toBeGreaterThan(0);
      expect(running.percentage).toBeLessThan(100);
      expect(running).toMatchObject({ total: 121, result: [] });
      const done = await waitDone(token, started.jobid);
      expect(done.percentage).toBe(100);
      expect(done.result).toHaveLength(121);
      expect(done.result[0]).toEqual({ userid: 'imp0', errcode: 0, errmsg: 'ok' });
      expect(done.result[120]).toMatchObject({ userid: 'bad row', errcode: 40003 });
      expect(await qy().get('/cgi-bin/user/get', token, { userid: 'imp7' })).toMatchObject({ name: '导入7', department: [2, 8], gender: '1' });
      for (let i = 0; i < 20 && !got.length; i++) await sleep(50);
      expect(got[0]).toMatchObject({
        ToUserName: CORP.corpId,
        Event: 'batch_job_result',
        BatchJob: { JobId: started.jobid, JobType: 'sync_user', ErrCode: '0' },
      });
    } finally {
      await r.close();
    }
  });

  test('replaceuser deletes members absent from the file, but aborts when it would delete too many', async () => {
    const token = await qy().token();
    const members = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members?limit=1000`)).body.members as {
      userid: string;
      name: string;
      main_department: number;
    }[];
    const keep = members.slice(0, 170);
    const csv = ['姓名,帐号,所在部门', ...keep.map((m) => `${m.name},${m.userid},${m.main_department}`)].join('\n');
    const ok = await qy().post('/cgi-bin/batch/replaceuser', token, { media_id: await upload(token, csv) });
    const done = await waitDone(token, ok.jobid);
    expect(done.type).toBe('replace_user');
    expect((await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members`)).body.total).toBe(170);
    const few = ['姓名,帐号,所在部门', ...keep.slice(0, 20).map((m) => `${m.name},${m.userid},${m.main_department}`)].join('\n');
    const aborted = await qy().post('/cgi-bin/batch/replaceuser', token, { media_id: await upload(token, few) });
    await waitDone(token, aborted.jobid);
    expect((await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members`)).body.total).toBe(170);
    const pushes = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/pushes?event=batch_job_result`)).body;
    expect(pushes[1].message.BatchJob).toMatchObject({ JobType: 'replace_user', ErrCode: '-1' });
  });

  test('replaceparty creates, renames and moves (action bitmask); bad header → 40058; unknown media → 40007', async () => {
    const token = await qy().token();
    const csv = [
      '部门名称,部门ID,父部门ID,排序',
      ...[...Array(13).keys()]
        .map((i) => (i === 0 ? `WeDraw 演示企业,1,0,1` : i === 1 ? `品牌市场部,2,1,1` : i === 12 ? `财务部,12,2,1` : null))
        .filter(Boolean),
      '新部门,50,1,3',
    ].join('\n');
    const job = await qy().post('/cgi-bin/batch/replaceparty', token, { media_id: await upload(token, csv) });
    const done = await waitDone(token, job.jobid);
    expect(done.result).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ partyid: 2, action: 2 | 8 }),
        expect.objectContaining({ partyid: 12, action: 4 | 8 }),
        { action: 1, partyid: 50, errcode: 0, errmsg: 'ok' },
      ]),
    );
    expect((await qy().get('/cgi-bin/department/get', token, { id: '12' })).department).toMatchObject({ parentid: 2 });
    expect((await qy().post('/cgi-bin/batch/replaceparty', token, { media_id: await upload(token, 'a,b,c\n1,2,3') })).errcode).toBe(40058);
    expect((await qy().post('/cgi-bin/batch/syncuser', token, { media_id: 'nope' })).errcode).toBe(40007);
    expect((await qy().post('/cgi-bin/batch/syncuser', await qy().token(APP.secret), { media_id: 'nope' })).errcode).toBe(48002);
  });
});

describe('WeCom web login', () => {
  test('the login page "scans" and redirects with a single-use code; auth/getuserinfo resolves it once', async () => {
    const userid = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members?limit=1`)).body.members[0].userid as string;
    const q = new URLSearchParams({
      login_type: 'CorpApp',
      appid: CORP.corpId,
      agentid: String(APP.agentId),
      redirect_uri: 'https://h5.example.com/wecom/login?x=1',
      state: 'abc',
    });
    const pageRes = await fetch(`${t.sb.url}/wwlogin/sso/login?${q}`);
    expect(pageRes.status).toBe(200);
    const html = await pageRes.text();
    expect(html).toContain('企业微信扫码登录');
    const href = /href="(\/wwlogin\/sso\/login\/scan\?[^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&') as string;
    const scan = await fetch(`${t.sb.url}${href}`, { redirect: 'manual' });
    expect(scan.status).toBe(302);
    const location = new URL(scan.headers.get('location') as string);
    expect(location.origin + location.pathname).toBe('https://h5.example.com/wecom/login');
    expect(location.searchParams.get('x')).toBe('1');
    expect(location.searchParams.get('state')).toBe('abc');
    const app = await qy().token(APP.secret);
    const code = location.searchParams.get('code') as string;
    const who = await qy().get('/cgi-bin/auth/getuserinfo', app, { code });
    expect(who).toMatchObject({ errcode: 0, userid: expect.any(String) });
    expect((await qy().get('/cgi-bin/auth/getuserinfo', app, { code })).errcode).toBe(40029);
    const minted = (await admin(t.sb.url, 'POST', '/_sandbox/wecom/login/code', { corpId: CORP.corpId, userid })).body;
    await t.admin.advanceClock(301);
    expect((await qy().get('/cgi-bin/auth/getuserinfo', app, { code: minted.code })).errcode).toBe(40029);
    expect((await fetch(`${t.sb.url}/wwlogin/sso/login?appid=wwnope`)).status).toBe(400);
  });
});

describe('WeCom group robot webhook', () => {
  test('text and markdown; 93000 unknown key; 45009 past 20 a minute', async () => {
    const key = CORP.robots[0].key;
    expect(await t.wx.post('/cgi-bin/webhook/send', { key }, { msgtype: 'text', text: { content: '上新啦', mentioned_list: ['@all'] } })).toEqual({
      errcode: 0,
      errmsg: 'ok',
    });
    expect((await t.wx.post('/cgi-bin/webhook/send', { key }, { msgtype: 'markdown', markdown: { content: '**上新**' } })).errcode).toBe(0);
    const unknown = await t.wx.post('/cgi-bin/webhook/send', { key: 'nope' }, { msgtype: 'text', text: { content: 'x' } });
    expect(unknown.errcode).toBe(93000);
    expect(unknown.errmsg).toMatch(/^invalid webhook url, hint: \[.+\], from ip: 127\.0\.0\.1, more info at /);
    expect((await t.wx.post('/cgi-bin/webhook/send', { key }, { msgtype: 'text', text: { content: 'x'.repeat(2049) } })).errcode).toBe(40058);
    for (let i = 0; i < 18; i++) expect((await t.wx.post('/cgi-bin/webhook/send', { key }, { msgtype: 'text', text: { content: `${i}` } })).errcode).toBe(0);
    expect((await t.wx.post('/cgi-bin/webhook/send', { key }, { msgtype: 'text', text: { content: 'too many' } })).errcode).toBe(45009);
    await t.admin.advanceClock(61);
    expect((await t.wx.post('/cgi-bin/webhook/send', { key }, { msgtype: 'text', text: { content: 'again' } })).errcode).toBe(0);
    const sent = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/messages?kind=robot`)).body;
    expect(sent).toHaveLength(21);
    expect(sent[0]).toMatchObject({ corpId: CORP.corpId, robotKey: key, msgtype: 'text' });
  });
});
