import { TOKEN_KEY } from '../miniprogram/utils/config';
import { installPhone, type Phone } from './helpers/phone';
import { api } from './helpers/session';

let phone: Phone;

beforeEach(() => {
  jest.resetModules();
  phone = installPhone();
});

const authHeaders = () => phone.requests.filter((r) => r.url.includes('/points/me')).map((r) => r.header.Authorization);

test('a personal route logs in first (wx.login → sandbox code → JWT) and sends the token', async () => {
  const me = await api().points.me();
  expect(me).toMatchObject({ balance: 100, streak: 0 }); // a new user: the 新人积分 only
  expect(phone.logins).toBe(1);
  expect(phone.requests[0]).toMatchObject({ method: 'POST', data: { appId: 'wx5a0d7e3c1b9f0002' } });
  expect(phone.requests[0].url).toMatch(/\/api\/wechat\/miniprogram\/login$/);
  expect(authHeaders()).toEqual([`Bearer ${phone.storage.get(TOKEN_KEY)}`]);
});

test('an expired token (401) logs in again once and retries', async () => {
  phone.storage.set(TOKEN_KEY, 'expired.jwt.token');
  await api().points.me();
  expect(phone.logins).toBe(1);
  const fresh = phone.storage.get(TOKEN_KEY);
  expect(fresh).toMatch(/^ey/);
  expect(authHeaders()).toEqual(['Bearer expired.jwt.token', `Bearer ${fresh}`]);
  expect(phone.toasts).toEqual([]);
});

test('concurrent calls share one login', async () => {
  await Promise.all([api().points.me(), api().addresses.list(), api().orders.list()]);
  expect(phone.logins).toBe(1);
});

test('a login WeChat refuses shows the CMS message and stops', async () => {
  Object.assign(wx, { login: (o: { success: (r: { code: string }) => void }) => o.success({ code: 'forged-code' }) });
  await expect(api().points.me()).rejects.toMatchObject({ status: 400 });
  expect(phone.toasts).toHaveLength(1);
  expect(phone.toasts[0]).toMatch(/[\u4e00-\u9fa5]/);
});

test('a validation error shows the Chinese message; silent calls show none', async () => {
  await expect(api().addresses.create({ receiver: '', phone: '1', province: '', city: '', district: '', detail: '' })).rejects.toMatchObject({ status: 400 });
  expect(phone.toasts).toHaveLength(1);
  expect(phone.toasts[0]).toMatch(/[\u4e00-\u9fa5]/);
  const { request } = require('../miniprogram/utils/request');
  await expect(request('/goods/nope', { silent: true })).rejects.toMatchObject({ status: 404 });
  expect(phone.toasts).toHaveLength(1);
});
