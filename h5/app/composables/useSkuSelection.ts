import type { Sku } from '~/types/api';

export interface SpecGroup {
  name: string;
  values: string[];
}

/** The spec names and their values in the order the SKUs list them (e.g. 颜色: 黑, 白). */
export function specGroups(skus: Sku[]): SpecGroup[] {
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

const matches = (sku: Sku, chosen: Record<string, string>) => Object.entries(chosen).every(([k, v]) => sku.specs?.[k] === v);

/**
 * The SKU picker's state: the chosen value per spec, the SKU they designate (a good with one SKU
 * has it chosen from the start), which values can still lead to a SKU in stock, and the most
 * one may take (stock, and the per-user limit when there is one).
 */
export function useSkuSelection(skus: () => Sku[], limitPerUser: () => number) {
  const chosen = ref<Record<string, string>>({});
  const groups = computed(() => specGroups(skus()));

  const sku = computed<Sku | null>(() => {
    const list = skus();
    if (list.length === 1) return list[0]!;
    if (groups.value.some((g) => !chosen.value[g.name])) return null;
    return list.find((s) => matches(s, chosen.value)) ?? null;
  });

  function available(name: string, value: string): boolean {
    const wanted = { ...chosen.value, [name]: value };
    return skus().some((s) => s.stock > 0 && matches(s, wanted));
  }

  function choose(name: string, value: string): void {
    if (chosen.value[name] === value) {
      const { [name]: _dropped, ...rest } = chosen.value;
      chosen.value = rest;
    } else if (available(name, value)) {
      chosen.value = { ...chosen.value, [name]: value };
    }
  }

  const maxQuantity = computed(() => {
    if (!sku.value) return 1;
    const limit = limitPerUser();
    return Math.max(0, Math.min(sku.value.stock, limit > 0 ? limit : 99));
  });

  const missing = computed(() => groups.value.filter((g) => !chosen.value[g.name]).map((g) => g.name));

  return { chosen, groups, sku, available, choose, maxQuantity, missing };
}
