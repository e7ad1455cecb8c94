import type { PointsSummary } from '../miniprogram/utils/types';
import { cmsJson, installPhone, type Phone } from './helpers/phone';
import { render, until } from './helpers/render';
import { api, jwtOf } from './helpers/session';

/** The built-in first_login rule's points, awarded when wx.login creates the user. */
const FIRST_LOGIN_BONUS = 100;

let phone: Phone;
let openid: string | undefined;

beforeEach(() => {
  jest.resetModules();
  phone = installPhone();
  phone.openid = openid; // one WeChat user through the file
});
afterEach(() => {
  openid = phone.openid;
});

test('a new user logs in with wx.login and sees 立即签到 with the 新人积分 (first-login bonus) only', async () => {
  const page = render('packagePoints/pages/checkin/index');
  await page.instance.onLoad();
  expect(phone.logins).toBe(1);
  expect(jwtOf(phone)).toMatch(/^ey/);
  expect(page.byId('checkin-balance').dom.textContent).toBe(String(FIRST_LOGIN_BONUS));
  expect(page.byId('checkin-button').dom.textContent).toContain('立即签到');
});

test('签到 adds the points of the rule and starts the streak; the button turns to 今日已签到', async () => {
  const page = render('packagePoints/pages/checkin/index');
  await page.instance.onLoad();
  await page.fire('checkin-button', 'click');
  await page.fire('checkin-button', 'click'); // a second tap while the first is under way does nothing
  await until(() => expect(page.data).toMatchObject({ busy: false, checkedInToday: true }));
  await page.instance.checkin(); // nor does one after
  expect(phone.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/api/points/checkin'))).toHaveLength(1);
  const me = (await cmsJson<{ data: PointsSummary }>('/points/me', jwtOf(phone))).data;
  expect(me).toMatchObject({ checkedInToday: true, streak: 1 });
  expect(me.balance).toBeGreaterThan(FIRST_LOGIN_BONUS);
  expect(page.text()).toContain(`签到成功，获得 ${me.balance - FIRST_LOGIN_BONUS} 积分`);
  expect(page.byId('checkin-balance').dom.textContent).toBe(String(me.balance));
  expect(page.byId('checkin-streak').dom.textContent).toBe('1');
  expect(page.byId('checkin-button').dom.textContent).toContain('今日已签到');
  expect(phone.toasts).toEqual([]);
});

test('the next visit shows 今日已签到; asking the CMS again gets its readable refusal as a toast', async () => {
  const page = render('packagePoints/pages/checkin/index');
  await page.instance.onLoad();
  expect(page.data.checkedInToday).toBe(true);
  expect(page.byId('checkin-button').dom.textContent).toContain('今日已签到');
  await expect(api().points.checkin()).rejects.toMatchObject({ status: 409, name: 'AlreadyCheckedIn' });
  expect(phone.toasts).toEqual(['今天已经签到过了']);
});
