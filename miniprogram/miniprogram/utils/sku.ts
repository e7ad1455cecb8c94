import type { Sku } from './types';

export interface SpecGroup {
  name: string;
  values: Array<{ value: string; active: boolean }>;
}

/** The spec names and their values over all SKUs, marking the chosen ones. */
export function specGroups(skus: Sku[], chosen: Record<string, string>): SpecGroup[] {
  const names: string[] = [];
  const values: Record<string, string[]> = {};
  for (const sku of skus) {
    for (const [name, value] of Object.entries(sku.specs ?? {})) {
      if (!values[name]) {
        names.push(name);
        values[name] = [];
      }
      if (!values[name].includes(value)) values[name].push(value);
    }
  }
  return names.map((name) => ({ name, values: values[name].map((value) => ({ value, active: chosen[name] === value })) }));
}

/** The SKU whose specs are exactly the chosen ones (the only SKU when there are no specs). */
export function matchSku(skus: Sku[], chosen: Record<string, string>): Sku | null {
  return skus.find((sku) => Object.entries(sku.specs ?? {}).every(([k, v]) => chosen[k] === v)) ?? null;
}

/** Preselects the first SKU in stock (or the first one). */
export function initialChoice(skus: Sku[]): Record<string, string> {
  const sku = skus.find((s) => s.stock > 0) ?? skus[0];
  return { ...(sku?.specs ?? {}) };
}
