import type { GoodDetail } from '../miniprogram/utils/types';
import { withSpecs } from './helpers/goods';
import { installPhone, type Phone } from './helpers/phone';
import { render, tap } from './helpers/render';

let phone: Phone;
let good: GoodDetail;

beforeAll(async () => {
  good = await withSpecs();
});
beforeEach(() => {
  jest.resetModules();
  phone = installPhone();
});

test('shows the good from the CMS: title, lowest points price, stock', async () => {
  const page = render('pages/detail/index');
  await page.instance.onLoad({ id: good.documentId });
  const text = page.text();
  expect(text).toContain(good.title);
  expect(page.root.querySelector('#detail-points').dom.textContent).toBe(String(good.pointsPrice));
  expect(text).toContain(`库存 ${good.skus.reduce((n, s) => n + s.stock, 0)}`);
});

test('立即兑换 opens the SKU picker; picking a spec and 确定 goes to the exchange page with that SKU', async () => {
  const page = render('pages/detail/index');
  await page.instance.onLoad({ id: good.documentId });
  await page.fire('exchange-now', 'click');
  expect(page.data.picking).toBe(true);

  const picker = page.root.querySelector('#sku-picker');
  const target = good.skus.find((s) => s.stock > 0 && s.documentId !== picker.data.sku.documentId) ?? good.skus[0];
  const [name, value] = Object.entries(target.specs)[0];
  const values = picker.querySelectorAll('.value');
  await tap(values.find((v: any) => v.dom.textContent === value));
  expect(picker.data.chosen[name]).toBe(value);

  picker.querySelector('#sku-confirm').dispatchEvent('click');
  await new Promise((r) => setTimeout(r, 0));
  expect(page.data.picking).toBe(false);
  expect(phone.navigations).toHaveLength(1);
  expect(phone.navigations[0]).toContain(`/packageOrders/pages/exchange/index?good=${good.documentId}&sku=${picker.data.sku.documentId}&quantity=1`);
});

test('an unknown good says so, with the CMS message as a toast', async () => {
  const page = render('pages/detail/index');
  await page.instance.onLoad({ id: 'no-such-good' });
  expect(page.text()).toContain('商品已下架或不存在');
  expect(phone.toasts).toHaveLength(1);
});

test('SKU picker: lists every spec value, preselects a SKU in stock and shows its price and stock', () => {
  const picker = render('components/sku-picker/index', { skus: good.skus, show: true });
  const values = picker.root.querySelectorAll('.value').map((v: any) => v.dom.textContent);
  for (const sku of good.skus) for (const v of Object.values(sku.specs)) expect(values).toContain(v);
  const sku = picker.data.sku;
  expect(sku.stock).toBeGreaterThan(0);
  expect(picker.text()).toContain(`${sku.pointsPrice} 积分`);
  expect(picker.text()).toContain(`库存 ${sku.stock}`);
});

test('SKU picker: confirm emits the chosen SKU and quantity', async () => {
  const picker = render('components/sku-picker/index', { skus: good.skus, show: true });
  const confirmed: unknown[] = [];
  picker.root.addEventListener('confirm', (e: { detail: unknown }) => confirmed.push(e.detail));
  await picker.fire('sku-confirm', 'click');
  expect(confirmed).toEqual([{ sku: picker.data.sku, quantity: 1 }]);
});

test('SKU picker: a SKU out of stock cannot be confirmed', async () => {
  const soldOut = good.skus.map((s) => ({ ...s, stock: 0 }));
  const picker = render('components/sku-picker/index', { skus: soldOut, show: true });
  const confirmed: unknown[] = [];
  picker.root.addEventListener('confirm', (e: { detail: unknown }) => confirmed.push(e.detail));
  await tap(picker.root.querySelector('.value'));
  await picker.fire('sku-confirm', 'click');
  expect(confirmed).toEqual([]);
  expect(phone.toasts).toEqual(['该规格暂时缺货']);
});

test('the description is the HTML the CMS rendered, in rich-text: a heading and a list, no Markdown marks', async () => {
  const page = render('pages/detail/index');
  await page.instance.onLoad({ id: good.documentId });
  const description = page.root.querySelector('#detail-description').dom as HTMLElement;
  const heading = /^##\s+(.+)$/m.exec(good.description)![1];
  expect(description.querySelector('h2')!.textContent).toBe(heading);
  expect(description.querySelectorAll('li').length).toBe([...good.description.matchAll(/^- /gm)].length);
  expect(description.textContent).not.toMatch(/##/);
});
