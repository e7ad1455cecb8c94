import { openWecomMessage, wecomCrypt } from '../src';
import { receiver, useSandbox } from './helpers';
import { admin, CORP, Qy } from './wecom-helpers';

const t = useSandbox({}, { resetEach: true });
const qy = () => new Qy(t.wx);
const crypt = { corpId: CORP.corpId, token: CORP.callbackToken, encodingAESKey: CORP.encodingAESKey };

type Received = { method: string; message?: Record<string, unknown>; query: URLSearchParams };

/** A WeCom receiver as a developer writes it: answers the verification GET, decrypts POSTs. */
async function wecomReceiver(answer: (n: number) => number | 'hang' = () => 200) {
  const got: Received[] = [];
  let posts = 0;
  const r = await receiver((req, res) => {
    if (req.method === 'GET') {
      const echostr = req.query.get('echostr') ?? '';
      const c = wecomCrypt(crypt);
      if (c.signature(req.query.get('timestamp') ?? '', req.query.get('nonce') ?? '', echostr) !== req.query.get('msg_signature')) {
        res.statusCode = 401;
        return void res.end('bad signature');
      }
      got.push({ method: 'GET', query: req.query });
      return void res.end(c.decrypt(echostr).message);
    }
    got.push({ method: 'POST', message: openWecomMessage(crypt, req.query, req.body), query: req.query });
    const status = answer(++posts);
    if (status === 'hang') return;
    res.statusCode = status;
    res.end('');
  });
  return { ...r, got };
}

describe('WeCom callback pushes', () => {
  test('saving the callback URL verifies it (echostr decrypted and echoed); a wrong answer is refused', async () => {
    const good = await wecomReceiver();
    const bad = await receiver((_req, res) => void res.end('"nope"'));
    try {
      const refused = await admin(t.sb.url, 'PUT', `/_sandbox/wecom/${CORP.corpId}/callback`, { url: bad.url });
      expect(refused.status).toBe(409);
      expect(refused.body.error).toMatch(/回调地址校验失败/);
      const saved = await admin(t.sb.url, 'PUT', `/_sandbox/wecom/${CORP.corpId}/callback`, { url: good.url });
      expect(saved.body.callback).toEqual({ url: good.url, reduced: false });
      expect(good.got).toHaveLength(1);
      expect(good.got[0]?.query.get('signature')).toBeNull();
    } finally {
      await good.close();
      await bad.close();
    }
  });

  test('console changes push change_contact (AES, receiveid = CorpID); API changes are not echoed', async () => {
    const r = await wecomReceiver();
    try {
      await admin(t.sb.url, 'PUT', `/_sandbox/wecom/${CORP.corpId}/callback`, { url: r.url });
      const created = await admin(t.sb.url, 'POST', `/_sandbox/wecom/${CORP.corpId}/console/members`, {
        userid: 'HanMeimei',
        name: '韩梅梅',
        department: [2],
        mobile: '13700000000',
      });
      expect(created.status).toBe(201);
      expect(created.body.push.outcome).toBe('delivered');
      const msg = r.got[1]?.message;
      expect(msg).toMatchObject({
        ToUserName: CORP.corpId,
        FromUserName: 'sys',
        MsgType: 'event',
        Event: 'change_contact',
        ChangeType: 'create_user',
        UserID: 'HanMeimei',
        Name: '韩梅梅',
        Department: '2',
        Mobile: '13700000000',
      });
      await admin(t.sb.url, 'PATCH', `/_sandbox/wecom/${CORP.corpId}/console/members/HanMeimei`, { position: '店长', department: [2, 3], status: 1 });
      expect(r.got[2]?.message).toMatchObject({ ChangeType: 'update_user', UserID: 'HanMeimei', Department: '2,3', Position: '店长', Status: '1' });
      const dept = await admin(t.sb.url, 'POST', `/_sandbox/wecom/${CORP.corpId}/console/departments`, { name: '新零售部', parentid: 1 });
      expect(r.got[3]?.message).toMatchObject({ ChangeType: 'create_party', Id: String(dept.body.department.id), Name: '新零售部', ParentId: '1' });
      await admin(t.sb.url, 'POST', `/_sandbox/wecom/${CORP.corpId}/console/tags/1/members`, { addUsers: ['HanMeimei'] });
      expect(r.got[4]?.message).toMatchObject({ ChangeType: 'update_tag', TagId: '1', AddUserItems: 'HanMeimei' });
      await admin(t.sb.url, 'DELETE', `/_sandbox/wecom/${CORP.corpId}/console/members/HanMeimei`);
      expect(r.got[5]?.message).toMatchObject({ ChangeType: 'delete_user', UserID: 'HanMeimei' });
      const refused = await admin(t.sb.url, 'DELETE', `/_sandbox/wecom/${CORP.corpId}/console/departments/2`);
      expect(refused).toMatchObject({ status: 409, body: { error: expect.stringMatching(/^60005 /) } });

      const token = await qy().token();
      await qy().post('/cgi-bin/user/create', token, { userid: 'ByApi', name: '接口建', department: [2] });
      await qy().post('/cgi-bin/department/create', token, { name: '接口部', parentid: 1 });
      expect(r.got).toHaveLength(6);
      const pushes = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/pushes?corpId=${CORP.corpId}&event=change_contact`)).body;
      expect(pushes.map((p: { changeType?: string }) => p.changeType)).toEqual(['create_user', 'update_user', 'create_party', 'update_tag', 'delete_user']);
    } finally {
      await r.close();
    }
  });

  test('reduced callbacks carry only UserID and Department', async () => {
    const r = await wecomReceiver();
    try {
      await admin(t.sb.url, 'PUT', `/_sandbox/wecom/${CORP.corpId}/callback`, { url: r.url, reduced: true });
      await t.admin.wecomConsole(CORP.corpId, 'POST', 'members', { userid: 'Reduced', name: '简', department: [2, 3] });
      const msg = r.got[1]?.message as Record<string, unknown>;
      expect(msg).toMatchObject({ ChangeType: 'create_user', UserID: 'Reduced', Department: '2,3' });
      expect(msg.Name).toBeUndefined();
    } finally {
      await r.close();
    }
  });

  test('3 tries: a 500 and a timeout are retried; then the push is failed', async () => {
    const r = await wecomReceiver((n) => (n === 1 ? 500 : n === 2 ? 'hang' : 200));
    try {
      await admin(t.sb.url, 'PUT', `/_sandbox/wecom/${CORP.corpId}/callback`, { url: r.url });
      const first = await admin(t.sb.url, 'POST', `/_sandbox/wecom/${CORP.corpId}/console/members`, { userid: 'Retry1', name: '重试', department: [2] });
      expect(first.body.push.attempts.map((a: { error?: string }) => a.error ?? 'ok')).toEqual(['HTTP 500', 'timeout', 'ok']);
      expect(first.body.push.outcome).toBe('delivered');
    } finally {
      await r.close();
    }
    const down = await admin(t.sb.url, 'POST', `/_sandbox/wecom/${CORP.corpId}/console/members`, { userid: 'Retry2', name: '重试', department: [2] });
    expect(down.body.push).toMatchObject({ outcome: 'failed', attempts: [{}, {}, {}] });
  });

  test('console batch: pushes in reverse order (a tag event before the user it names)', async () => {
    const r = await wecomReceiver();
    try {
      await t.admin.wecomSetCallback(CORP.corpId, r.url);
      const out = await admin(t.sb.url, 'POST', `/_sandbox/wecom/${CORP.corpId}/console/batch`, {
        order: 'reverse',
        actions: [
          { method: 'POST', path: 'members', body: { userid: 'Late', name: '晚到', department: [2] } },
          { method: 'POST', path: 'tags/1/members', body: { addUsers: ['Late'] } },
        ],
      });
      expect(out.status).toBe(200);
      expect(r.got.slice(1).map((g) => g.message?.ChangeType)).toEqual(['update_tag', 'create_user']);
      const refused = await admin(t.sb.url, 'POST', `/_sandbox/wecom/${CORP.corpId}/console/batch`, {
        actions: [
          { method: 'PATCH', path: 'members/Late', body: { position: '店长' } },
          { method: 'DELETE', path: 'departments/2' },
        ],
      });
      expect(refused.status).toBe(409);
      expect(r.got.slice(3).map((g) => g.message?.ChangeType)).toEqual(['update_user']);
    } finally {
      await r.close();
    }
  });
});
