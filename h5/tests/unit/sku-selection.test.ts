import { describe, expect, test } from 'vitest';
import { specGroups } from '@wedraw/contract';
import { useSkuSelection } from '~/composables/useSkuSelection';
import { sku } from './fixtures';

const skus = [sku('black-s', { 颜色: '黑', 尺码: 'S' }, 3), sku('black-m', { 颜色: '黑', 尺码: 'M' }, 0), sku('white-s', { 颜色: '白', 尺码: 'S' }, 8, 120)];

describe('useSkuSelection', () => {
  test('spec groups keep the order the SKUs list them', () => {
    expect(specGroups(skus)).toEqual([
      { name: '颜色', values: ['黑', '白'] },
      { name: '尺码', values: ['S', 'M'] },
    ]);
  });

  test('a SKU is designated once every spec has a value; a second tap unselects', () => {
    const s = useSkuSelection(
      () => skus,
      () => 0,
    );
    expect(s.sku.value).toBeNull();
    s.choose('颜色', '白');
    expect(s.missing.value).toEqual(['尺码']);
    s.choose('尺码', 'S');
    expect(s.sku.value?.documentId).toBe('white-s');
    s.choose('尺码', 'S');
    expect(s.sku.value).toBeNull();
  });

  test('values that only lead to SKUs out of stock cannot be chosen', () => {
    const s = useSkuSelection(
      () => skus,
      () => 0,
    );
    s.choose('颜色', '黑');
    expect(s.available('尺码', 'M')).toBe(false);
    expect(s.available('尺码', 'S')).toBe(true);
    s.choose('尺码', 'M');
    expect(s.chosen.value).toEqual({ 颜色: '黑' });
  });

  test('a good with one SKU has it chosen from the start; the quantity is capped by stock and the limit', () => {
    const one = [sku('only', {}, 7)];
    expect(
      useSkuSelection(
        () => one,
        () => 0,
      ).sku.value?.documentId,
    ).toBe('only');
    expect(
      useSkuSelection(
        () => one,
        () => 0,
      ).maxQuantity.value,
    ).toBe(7);
    expect(
      useSkuSelection(
        () => one,
        () => 2,
      ).maxQuantity.value,
    ).toBe(2);
  });
});
