/**
 * The SKU selection rule, the same in every picker. A choice is a partial map spec name → value.
 * A value is selectable when at least one SKU in stock carries it together with every other
 * value already chosen (the chosen values are a subset of that SKU's specs). A SKU is designated
 * once every spec has a value (a good with a single SKU has it from the start).
 */
import type { Sku, Specs } from './types';

export interface SpecGroup {
  name: string;
  values: string[];
}

type SkuLike = Pick<Sku, 'specs' | 'stock'>;

/** The spec names and their values in the order the SKUs list them (e.g. 颜色: 黑, 白). */
export function specGroups(skus: readonly SkuLike[]): SpecGroup[] {
  const groups = new Map<string, string[]>();
  for (const sku of skus) {
    for (const [name, value] of Object.entries(sku.specs ?? {})) {
      const values = groups.get(name) ?? [];
      if (!values.includes(value)) values.push(value);
      groups.set(name, values);
    }
  }
  return [...groups].map(([name, values]) => ({ name, values }));
}

/** Every chosen value is one of the SKU's specs. */
export function skuMatches(sku: SkuLike, chosen: Specs): boolean {
  return Object.entries(chosen).every(([name, value]) => sku.specs?.[name] === value);
}

/** Whether choosing `value` for `name` (replacing that spec's current value) still leads to a SKU in stock. */
export function isSelectable(skus: readonly SkuLike[], chosen: Specs, name: string, value: string): boolean {
  const wanted = { ...chosen, [name]: value };
  return skus.some((sku) => sku.stock > 0 && skuMatches(sku, wanted));
}

/**
 * The choice after a tap on `value`: a tap on the chosen value unselects it; a selectable value
 * replaces the spec's value; any other tap changes nothing.
 */
export function toggleSpec(skus: readonly SkuLike[], chosen: Specs, name: string, value: string): Specs {
  if (chosen[name] === value) {
    const rest = { ...chosen };
    delete rest[name];
    return rest;
  }
  return isSelectable(skus, chosen, name, value) ? { ...chosen, [name]: value } : chosen;
}

/** The spec names still without a value. */
export function missingSpecs(skus: readonly SkuLike[], chosen: Specs): string[] {
  return specGroups(skus)
    .filter((g) => !chosen[g.name])
    .map((g) => g.name);
}

/** The SKU the choice designates: the only SKU, or the one matching once every spec has a value. */
export function chosenSku<T extends SkuLike>(skus: readonly T[], chosen: Specs): T | null {
  if (skus.length === 1) return skus[0] ?? null;
  if (missingSpecs(skus, chosen).length > 0) return null;
  return skus.find((sku) => skuMatches(sku, chosen)) ?? null;
}

/** A choice to start from: the specs of the first SKU in stock (nothing when all are sold out). */
export function initialChoice(skus: readonly SkuLike[]): Specs {
  const sku = skus.find((s) => s.stock > 0);
  return { ...(sku?.specs ?? {}) };
}

/** The most one may take of a SKU: its stock, capped by the per-user limit when there is one (0: none). */
export function maxQuantity(sku: SkuLike | null, limitPerUser: number): number {
  if (!sku) return 1;
  return Math.max(0, Math.min(sku.stock, limitPerUser > 0 ? limitPerUser : 99));
}
