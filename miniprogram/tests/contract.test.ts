/**
 * The shared contract in the mini program: the SKU picker follows the same selection rule as the
 * H5's (packages/contract/src/sku.ts), and the good card shows the contract's optional fields.
 */
import type { GoodCard, Sku } from '../miniprogram/utils/types';
import { installPhone, type Phone } from './helpers/phone';
import { render, tap } from './helpers/render';

let phone: Phone;
beforeEach(() => {
  jest.resetModules();
  phone = installPhone();
});

const sku = (documentId: string, specs: Record<string, string>, stock: number): Sku => ({ documentId, specs, pointsPrice: 100, cashPrice: 0, stock });

test('SKU picker: a value no SKU in stock carries together with the chosen ones is disabled and a tap on it changes nothing; a second tap unselects', async () => {
  // Black M is sold out; white comes only in S.
  const skus = [sku('black-s', { 颜色: '黑', 尺码: 'S' }, 3), sku('black-m', { 颜色: '黑', 尺码: 'M' }, 0), sku('white-s', { 颜色: '白', 尺码: 'S' }, 8)];
  const picker = render('components/sku-picker/index', { skus, show: true, limit: 2 });
  const value = (text: string) => picker.root.querySelectorAll('.value').find((v: any) => v.dom.textContent === text);
  const disabled = (text: string) => /\bdisabled\b/.test(value(text).dom.className);

  expect(picker.data.chosen).toEqual({ 颜色: '黑', 尺码: 'S' }); // the first SKU in stock
  expect(picker.data.max).toBe(2); // stock 3, per-user limit 2
  expect(disabled('M')).toBe(true);
  expect(disabled('白')).toBe(false);
  await tap(value('M'));
  expect(picker.data.chosen).toEqual({ 颜色: '黑', 尺码: 'S' });

  await tap(value('S'));
  expect(picker.data.chosen).toEqual({ 颜色: '黑' });
  expect(picker.data.sku).toBeNull();
  await picker.fire('sku-confirm', 'click');
  expect(phone.toasts).toEqual(['请选择 尺码']);

  await tap(value('白'));
  await tap(value('S'));
  expect(picker.data.sku.documentId).toBe('white-s');
  expect(picker.data.max).toBe(2);
});

const discounted: GoodCard = {
  documentId: 'g1',
  title: '保温杯',
  subtitle: '',
  cover: null,
  pointsPrice: 240,
  cashPrice: 0,
  originalPrice: 300,
  sales: 0,
  isHot: false,
  isDiscount: true,
  discountRate: 80,
};

test('good card: the discount as 折 and the original points price when the CMS sends one', () => {
  const card = render('components/good-card/index', { good: discounted });
  expect(card.text()).toContain('8折');
  expect(card.root.querySelector('.original').dom.textContent).toBe('300 积分');
});

test('good card: no original price and no 折 on a good without a discount', () => {
  const { originalPrice: _none, ...plain } = discounted;
  const card = render('components/good-card/index', { good: { ...plain, isDiscount: false, discountRate: 100 } });
  expect(card.root.querySelector('.original')).toBeFalsy();
  expect(card.text()).not.toContain('折');
});
