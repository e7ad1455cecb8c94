import { describe, expect, test } from 'vitest';
import { chosenSku, initialChoice, isSelectable, maxQuantity, missingSpecs, specGroups, toggleSpec, type Sku } from '../src';

const sku = (documentId: string, specs: Record<string, string>, stock: number): Sku => ({ documentId, specs, pointsPrice: 100, cashPrice: 0, stock });

// Black M is sold out; white comes only in S; red only in L.
const skus = [
  sku('black-s', { 颜色: '黑', 尺码: 'S' }, 3),
  sku('black-m', { 颜色: '黑', 尺码: 'M' }, 0),
  sku('white-s', { 颜色: '白', 尺码: 'S' }, 8),
  sku('red-l', { 颜色: '红', 尺码: 'L' }, 1),
];

describe('the SKU selection rule', () => {
  test('spec groups keep the order the SKUs list them', () => {
    expect(specGroups(skus)).toEqual([
      { name: '颜色', values: ['黑', '白', '红'] },
      { name: '尺码', values: ['S', 'M', 'L'] },
    ]);
  });

  test('with nothing chosen, a value is selectable when some SKU in stock carries it', () => {
    expect(isSelectable(skus, {}, '尺码', 'S')).toBe(true);
    expect(isSelectable(skus, {}, '尺码', 'M')).toBe(false); // only black M, sold out
    expect(isSelectable(skus, {}, '颜色', '红')).toBe(true);
  });

  test('a partial choice must be a subset of an in-stock SKU together with the new value', () => {
    expect(isSelectable(skus, { 颜色: '白' }, '尺码', 'S')).toBe(true);
    expect(isSelectable(skus, { 颜色: '白' }, '尺码', 'L')).toBe(false); // no white L
    expect(isSelectable(skus, { 尺码: 'S' }, '颜色', '红')).toBe(false); // no red S
    // Choosing another value of the same spec replaces it: from 白 to 红 while 尺码 is empty.
    expect(isSelectable(skus, { 颜色: '白' }, '颜色', '红')).toBe(true);
  });

  test('a SKU with more specs than chosen is not designated; a choice with a spec the SKU lacks matches nothing', () => {
    expect(chosenSku(skus, { 颜色: '黑' })).toBeNull();
    expect(missingSpecs(skus, { 颜色: '黑' })).toEqual(['尺码']);
    expect(chosenSku(skus, { 颜色: '黑', 尺码: 'S' })?.documentId).toBe('black-s');
    expect(isSelectable(skus, { 材质: '棉' }, '颜色', '黑')).toBe(false);
  });

  test('a tap chooses a selectable value, a second tap unselects, an unselectable tap changes nothing', () => {
    let chosen = toggleSpec(skus, {}, '颜色', '黑');
    expect(chosen).toEqual({ 颜色: '黑' });
    expect(toggleSpec(skus, chosen, '尺码', 'M')).toBe(chosen);
    chosen = toggleSpec(skus, chosen, '尺码', 'S');
    expect(chosenSku(skus, chosen)?.documentId).toBe('black-s');
    expect(toggleSpec(skus, chosen, '尺码', 'S')).toEqual({ 颜色: '黑' });
  });

  test('a good with one SKU has it from the start; the start choice is the first SKU in stock', () => {
    const only = [sku('only', {}, 0)];
    expect(chosenSku(only, {})?.documentId).toBe('only');
    expect(initialChoice(skus.slice(1))).toEqual({ 颜色: '白', 尺码: 'S' });
    expect(initialChoice([sku('x', { 颜色: '黑' }, 0)])).toEqual({});
  });

  test('the quantity is capped by stock and by the per-user limit when there is one', () => {
    expect(maxQuantity(skus[2]!, 0)).toBe(8);
    expect(maxQuantity(skus[2]!, 2)).toBe(2);
    expect(maxQuantity(skus[1]!, 2)).toBe(0);
    expect(maxQuantity(null, 2)).toBe(1);
  });
});
