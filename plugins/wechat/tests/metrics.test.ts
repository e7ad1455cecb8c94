import request from 'supertest';
import { bootStack, OA, stopStack, type Stack } from './helpers';

/** `wedraw_wechat_api_calls_total` counts every call to WeChat (here: the sandbox), by endpoint and errcode. */
let stack: Stack;
beforeAll(async () => {
  stack = await bootStack({ METRICS_TOKEN: 'metrics-secret' });
}, 120_000);
afterAll(() => stopStack(stack));

async function calls(endpoint: string, errcode: string): Promise<number> {
  const res = await request(stack.cms.url).get('/metrics').set('Authorization', 'Bearer metrics-secret').expect(200);
  const line = res.text
    .split('\n')
    .find((l) => l.startsWith('wedraw_wechat_api_calls_total{') && l.includes(`endpoint="${endpoint}"`) && l.includes(`errcode="${errcode}"`));
  return line ? Number(line.split(' ').pop()) : 0;
}

test('a JS-SDK config fetches a token and a ticket from WeChat: both calls are counted as successes', async () => {
  const [tokens, tickets] = [await calls('cgi-bin/stable_token', '0'), await calls('cgi-bin/ticket/getticket', '0')];
  await request(stack.cms.url).get('/api/wechat/jssdk-config').query({ url: 'https://h5.example.com/goods/1' }).expect(200);
  expect(await calls('cgi-bin/stable_token', '0')).toBe(tokens + 1);
  expect(await calls('cgi-bin/ticket/getticket', '0')).toBe(tickets + 1);
});

test('a call WeChat refuses is counted under its errcode; OAuth logins are counted too', async () => {
  const before = await calls('sns/oauth2/access_token', '40029');
  await request(stack.cms.url).post('/api/wechat/oauth/login').send({ code: 'nope', appId: OA.appId }).expect(400);
  expect(await calls('sns/oauth2/access_token', '40029')).toBe(before + 1);

  const fan = (await stack.admin.fans(OA.appId, { limit: 1, offset: 7 })).fans[0]!;
  const ok = await calls('sns/oauth2/access_token', '0');
  await request(stack.cms.url)
    .post('/api/wechat/oauth/login')
    .send({ code: (await stack.admin.oauthCode(OA.appId, fan.openid)).code })
    .expect(200);
  expect(await calls('sns/oauth2/access_token', '0')).toBe(ok + 1);
});
