import { installPhone, SANDBOX, type Phone } from './helpers/phone';
import { render, until } from './helpers/render';

/**
 * The pay subpackage: a payment code's page pays its fixed amount through wx.requestPayment (the
 * sandbox's payer) and shows the points earned; a closed merchant offers no payment; the merchant
 * subpackage tells a user who is nobody's staff so.
 */
let phone: Phone;
let openid: string | undefined;

beforeEach(() => {
  jest.resetModules();
  phone = installPhone();
  phone.openid = openid;
});
afterEach(() => {
  openid = phone.openid;
});

test('paying DEMO01-10 (¥10.00) turns paid and earns 10 points', async () => {
  const page = render('packagePay/pages/pay/index');
  await page.instance.onLoad({ merchant: 'DEMO01', code: 'DEMO01-10' });
  expect(page.byId('pay-merchant').dom.textContent).toBe('演示咖啡店');
  expect(page.byId('pay-amount').dom.textContent).toBe('¥10.00');
  await page.fire('pay-button', 'click');
  await until(() => expect(page.data).toMatchObject({ status: 'paid', points: 10 }), 20_000).catch(async (err) => {
    console.log(JSON.stringify(await (await fetch(`${SANDBOX}/_sandbox/pay/notifies`)).json()).slice(0, 1500));
    throw err;
  });
  expect(page.byId('pay-points').dom.textContent).toBe('获得 10 积分');
  expect(phone.toasts).toEqual([]);
});

test('a closed merchant says so; the merchant subpackage refuses a user who is nobody’s staff', async () => {
  const page = render('packagePay/pages/pay/index');
  await page.instance.onLoad({ merchant: 'DEMO02' });
  expect(page.byId('pay-closed').dom.textContent).toBe('该商户暂停收款');
  const store = render('packageMerchant/pages/store/index');
  await store.instance.onLoad();
  expect(store.byId('store-denied').dom.textContent).toBe('你不是任何商户的店员');
});
