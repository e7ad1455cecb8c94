/**
 * Items grouped by a key, in their order (one pass; each group's array grows in place, so a
 * thousand items of one key cost a thousand pushes, not a thousand array copies).
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
