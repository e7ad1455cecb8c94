import request from 'supertest';
import { adminToken, bootStack, expectNoSecret, MP, OA, stopStack, type Stack } from './helpers';

let stack: Stack;
beforeAll(async () => {
  stack = await bootStack();
}, 120_000);
afterAll(() => stopStack(stack));

const api = () => request(stack.cms.url);
const bodies: string[] = [];
const keep = (res: request.Response) => {
  bodies.push(res.text);
  return res;
};

describe('OA web OAuth', () => {
  test('authorize URL points at the consent page of the app', async () => {
    const res = keep(await api().get('/api/wechat/oauth/authorize-url').query({ redirect: 'http://h5.local/login', scope: 'snsapi_userinfo' }).expect(200));
    const url = new URL(res.body.url);
    expect(url.origin + url.pathname).toBe(`${stack.sb.url}/connect/oauth2/authorize`);
    expect(url.searchParams.get('appid')).toBe(OA.appId);
    expect(url.searchParams.get('scope')).toBe('snsapi_userinfo');
    expect(url.searchParams.get('redirect_uri')).toBe('http://h5.local/login');
    keep(await api().get('/api/wechat/oauth/authorize-url').query({ redirect: 'not a url' }).expect(400));
  });

  test('code login answers a JWT that users-permissions accepts; reusing the code is InvalidCode', async () => {
    const fan = (await stack.admin.fans(OA.appId, { limit: 1, offset: 3 })).fans[0]!;
    const { code } = await stack.admin.oauthCode(OA.appId, fan.openid, 'snsapi_userinfo');
    const res = keep(await api().post('/api/wechat/oauth/login').send({ code }).expect(200));
    expect(res.body.user).toMatchObject({ nickname: fan.nickname });
    expect(res.body.user.id).toEqual(expect.any(Number));
    const me = await api().get('/api/users/me').set('Authorization', `Bearer ${res.body.jwt}`).expect(200);
    expect(me.body.id).toBe(res.body.user.id);

    const again = keep(await api().post('/api/wechat/oauth/login').send({ code }).expect(400));
    expect(again.body.error).toMatchObject({ status: 400, name: 'InvalidCode' });
    const bogus = keep(await api().post('/api/wechat/oauth/login').send({ code: 'nope' }).expect(400));
    expect(bogus.body.error.name).toBe('InvalidCode');
    const missing = keep(await api().post('/api/wechat/oauth/login').send({}).expect(400));
    expect(missing.body.error).toMatchObject({ name: 'ValidationError' });
    expect(missing.body.error.details.errors[0].path).toEqual(['code']);
  });

  test('a second login of the same openid is the same user', async () => {
    const fan = (await stack.admin.fans(OA.appId, { limit: 1, offset: 4 })).fans[0]!;
    const first = keep(
      await api()
        .post('/api/wechat/oauth/login')
        .send({ code: (await stack.admin.oauthCode(OA.appId, fan.openid)).code, appId: OA.appId })
        .expect(200),
    );
    const second = keep(
      await api()
        .post('/api/wechat/oauth/login')
        .send({ code: (await stack.admin.oauthCode(OA.appId, fan.openid)).code })
        .expect(200),
    );
    expect(second.body.user.id).toBe(first.body.user.id);
  });

  test('an unknown appId is a ValidationError on appId', async () => {
    const res = keep(await api().post('/api/wechat/oauth/login').send({ code: 'x', appId: MP.appId }).expect(400));
    expect(res.body.error.details.errors[0].path).toEqual(['appId']);
  });
});

describe('mini program login', () => {
  test('jscode2session login; a reused code is InvalidCode', async () => {
    const { js_code, openid } = await stack.admin.miniProgramCode(MP.appId);
    const res = keep(await api().post('/api/wechat/miniprogram/login').send({ code: js_code }).expect(200));
    expect(res.body.jwt).toEqual(expect.any(String));
    const identity = await stack.cms.strapi.db.query('plugin::wechat.identity').findOne({ where: { appId: MP.appId, openid }, populate: ['user'] });
    expect(identity.user.id).toBe(res.body.user.id);
    const again = keep(await api().post('/api/wechat/miniprogram/login').send({ code: js_code }).expect(400));
    expect(again.body.error.name).toBe('InvalidCode');
  });

  test('one person through the H5 and the mini program (same unionid) is one user', async () => {
    const people = (await stack.admin.fans(OA.appId, { limit: 40, offset: 10 })).fans.filter((f) => f.unionid);
    let person: { openid: string; unionid: string; mp: string } | null = null;
    for (const fan of people) {
      try {
        const code = await stack.admin.miniProgramCode(MP.appId, { unionid: fan.unionid! });
        if (code.unionid === fan.unionid) {
          person = { openid: fan.openid, unionid: fan.unionid!, mp: code.js_code };
          break;
        }
      } catch {
        // this person has no mini program user
      }
    }
    expect(person).not.toBeNull();
    const h5 = keep(
      await api()
        .post('/api/wechat/oauth/login')
        .send({ code: (await stack.admin.oauthCode(OA.appId, person!.openid)).code })
        .expect(200),
    );
    const mp = keep(await api().post('/api/wechat/miniprogram/login').send({ code: person!.mp }).expect(200));
    expect(mp.body.user.id).toBe(h5.body.user.id);
    const identities = await stack.cms.strapi.db.query('plugin::wechat.identity').findMany({ where: { unionid: person!.unionid }, populate: ['user'] });
    expect(identities).toHaveLength(2);
    expect(new Set(identities.map((i: { user: { id: number } }) => i.user.id)).size).toBe(1);
  });
});

describe('JS-SDK and the token store', () => {
  test('the config verifies against the current jsapi ticket; two calls fetch one token and one ticket', async () => {
    await stack.admin.resetCounters();
    const url = 'http://h5.local/goods/1?from=menu#top';
    const a = keep(await api().get('/api/wechat/jssdk-config').query({ url }).expect(200));
    const b = keep(await api().get('/api/wechat/jssdk-config').query({ url }).expect(200));
    for (const cfg of [a.body, b.body]) {
      expect(cfg).toEqual({ appId: OA.appId, timestamp: expect.any(Number), nonceStr: expect.any(String), signature: expect.any(String) });
      const verdict = await stack.admin.call<{ valid: boolean }>('POST', '/_sandbox/jssdk/verify', { appId: OA.appId, url: url.split('#')[0], ...cfg });
      expect(verdict.valid).toBe(true);
    }
    const counters = await stack.admin.counters();
    expect(counters['/cgi-bin/stable_token']?.calls).toBe(1);
    expect(counters['/cgi-bin/ticket/getticket']?.calls).toBe(1);
    expect(counters['/cgi-bin/token']?.calls ?? 0).toBe(0);
  });

  test('a 40001 in the middle of a call: one token refresh and one retry', async () => {
    const clients = stack.cms.strapi.plugin('wechat').service('clients');
    const api = await clients.forApp(OA.appId);
    await api.getMenu();
    await stack.admin.resetCounters();
    await stack.admin.fault({ path: '/cgi-bin/menu/get', errcode: 40001, times: 1 });
    const menu = await api.getMenu();
    expect(menu.menu).toBeDefined();
    const counters = await stack.admin.counters();
    expect(counters['/cgi-bin/stable_token']?.calls).toBe(1);
    expect(counters['/cgi-bin/menu/get']?.calls).toBe(2);
  });

  test('a token WeChat expired is refreshed once, then the call succeeds', async () => {
    const clients = stack.cms.strapi.plugin('wechat').service('clients');
    await stack.admin.expireTokens({ appId: OA.appId });
    await stack.admin.resetCounters();
    const api = await clients.forApp(OA.appId);
    const [x, y] = await Promise.all([api.getTags(), api.getTags()]);
    expect(x.tags).toBeDefined();
    expect(y.tags).toBeDefined();
    const counters = await stack.admin.counters();
    expect(counters['/cgi-bin/stable_token']?.calls).toBe(1);
  });
});

describe('admin API: apps with write-only secrets, per-action permissions', () => {
  let token: string;
  beforeAll(async () => {
    token = await adminToken(stack.cms);
  });

  test('list, create, update keep secrets out of every answer and encrypted in the database', async () => {
    const list = keep(await api().get('/wechat/apps').set('Authorization', `Bearer ${token}`).expect(200));
    expect(list.body.data.map((a: { appId: string }) => a.appId).sort()).toEqual([OA.appId, MP.appId].sort());
    expect(list.body.data[0]).toMatchObject({ hasSecret: true, hasToken: true, hasEncodingAESKey: true });

    const created = keep(
      await api()
        .post('/wechat/apps')
        .set('Authorization', `Bearer ${token}`)
        .send({ name: '测试号', kind: 'official', appId: 'wx1234567890abcdef', secret: 'a-new-secret-1234567890', token: 'tok_123', messageMode: 'plain' })
        .expect(201),
    );
    expect(created.text).not.toContain('a-new-secret-1234567890');
    const row = await stack.cms.strapi.db.connection('wechat_apps').where({ app_id: 'wx1234567890abcdef' }).first();
    expect(row.secret).toMatch(/^enc:v1:/);
    expect(JSON.stringify(row)).not.toContain('a-new-secret');

    const updated = keep(
      await api()
        .put(`/wechat/apps/${created.body.data.documentId}`)
        .set('Authorization', `Bearer ${token}`)
        .send({ name: '测试号2', kind: 'official', appId: 'wx1234567890abcdef' })
        .expect(200),
    );
    expect(updated.body.data).toMatchObject({ name: '测试号2', hasSecret: true, hasToken: true });
    const app = await stack.cms.strapi.plugin('wechat').service('apps').get('wx1234567890abcdef');
    expect(app.secret).toBe('a-new-secret-1234567890');

    const bad = keep(await api().post('/wechat/apps').set('Authorization', `Bearer ${token}`).send({ name: 'x', kind: 'official', appId: 'bad' }).expect(400));
    expect(bad.body.error.details.errors[0].path).toEqual(['appId']);
    keep(await api().delete(`/wechat/apps/${created.body.data.documentId}`).set('Authorization', `Bearer ${token}`).expect(204));
  });

  test('a read-only role can list but not change apps; anonymous gets 401', async () => {
    const strapi = stack.cms.strapi;
    const role = await strapi.service('admin::role').create({ name: '微信只读', description: 'read only' });
    await strapi.service('admin::role').assignPermissions(role.id, [{ action: 'plugin::wechat.apps.read', subject: null, properties: {}, conditions: [] }]);
    const readOnly = await adminToken(stack.cms, role.code, 'reader@wedraw.test');
    keep(await api().get('/wechat/apps').set('Authorization', `Bearer ${readOnly}`).expect(200));
    await api()
      .post('/wechat/apps')
      .set('Authorization', `Bearer ${readOnly}`)
      .send({ name: 'x', kind: 'official', appId: 'wx1234567890abcdee', secret: 's' })
      .expect(403);
    await api().get('/wechat/fans').set('Authorization', `Bearer ${readOnly}`).expect(403);
    await api().get('/wechat/apps').expect(401);
  });

  test('content-manager and GraphQL do not expose apps or secrets', async () => {
    const cm = keep(await api().get('/content-manager/collection-types/plugin::wechat.app').set('Authorization', `Bearer ${token}`));
    expect(cm.status).toBe(404);
    const cmEncoded = keep(await api().get('/content-manager/collection-types/plugin%3A%3Awechat.app').set('Authorization', `Bearer ${token}`));
    expect(cmEncoded.status).toBe(404);
    expect(cmEncoded.text).not.toContain('enc:v1:');
    const gql = keep(await api().post('/graphql').send({ query: '{ __schema { types { name } } }' }));
    expect(gql.text).not.toMatch(/WechatApp/i);
  });

  test('no response of this file contained a secret', () => {
    expect(bodies.length).toBeGreaterThan(10);
    for (const text of bodies) expectNoSecret(text);
  });
});
