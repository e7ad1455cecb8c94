import { chosenSku, isSelectable, maxQuantity as quantityCap, missingSpecs, specGroups, toggleSpec, type Sku } from '@wedraw/contract';

/**
 * The SKU picker's state over the contract's selection rule (the mini program's picker uses the
 * same one): the chosen value per spec, the SKU they designate, which values can still lead to a
 * SKU in stock, and the most one may take (stock, and the per-user limit when there is one).
 */
export function useSkuSelection(skus: () => Sku[], limitPerUser: () => number) {
  const chosen = ref<Record<string, string>>({});
  const groups = computed(() => specGroups(skus()));
  const sku = computed<Sku | null>(() => chosenSku(skus(), chosen.value));
  const available = (name: string, value: string): boolean => isSelectable(skus(), chosen.value, name, value);
  const choose = (name: string, value: string): void => {
    chosen.value = toggleSpec(skus(), chosen.value, name, value);
  };
  const maxQuantity = computed(() => quantityCap(sku.value, limitPerUser()));
  const missing = computed(() => missingSpecs(skus(), chosen.value));
  return { chosen, groups, sku, available, choose, maxQuantity, missing };
}
