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

test('lists every spec value, preselects a SKU in stock and shows its price and stock', () => {
  const picker = render('components/sku-picker/index', { skus: good.skus, show: true });
  const values = picker.root.querySelectorAll('.value').map((v: any) => v.dom.textContent);
  for (const sku of good.skus) for (const v of Object.values(sku.specs)) expect(values).toContain(v);
  const sku = picker.data.sku;
  expect(sku.stock).toBeGreaterThan(0);
  expect(picker.text()).toContain(`${sku.pointsPrice} 积分`);
  expect(picker.text()).toContain(`库存 ${sku.stock}`);
});

test('confirm emits the chosen SKU and quantity', async () => {
  const picker = render('components/sku-picker/index', { skus: good.skus, show: true });
  const confirmed: unknown[] = [];
  picker.root.addEventListener('confirm', (e: { detail: unknown }) => confirmed.push(e.detail));
  await picker.fire('sku-confirm', 'click');
  expect(confirmed).toEqual([{ sku: picker.data.sku, quantity: 1 }]);
});

test('a SKU out of stock cannot be confirmed', async () => {
  const soldOut = good.skus.map((s) => ({ ...s, stock: 0 }));
  const picker = render('components/sku-picker/index', { skus: soldOut, show: true });
  const confirmed: unknown[] = [];
  picker.root.addEventListener('confirm', (e: { detail: unknown }) => confirmed.push(e.detail));
  await tap(picker.root.querySelector('.value'));
  await picker.fire('sku-confirm', 'click');
  expect(confirmed).toEqual([]);
  expect(phone.toasts).toEqual(['该规格暂时缺货']);
});
