import type { Address, AddressFields, AddressInput } from '@wedraw/contract';

/** The visitor's shipping addresses (/api/addresses): list, save (create or update), remove. */
export function useAddresses() {
  const api = useApi();
  const { data, loading, error, load } = useLoader(async () => (await api<{ data: Address[] }>('/addresses')).data);
  const list = computed(() => data.value ?? []);

  async function save(input: AddressInput, documentId?: string): Promise<Address> {
    const saved = documentId
      ? await api<{ data: Address }>(`/addresses/${documentId}`, { method: 'PUT', body: input })
      : await api<{ data: Address }>('/addresses', { method: 'POST', body: input });
    await load();
    return saved.data;
  }

  async function remove(documentId: string): Promise<void> {
    await api(`/addresses/${documentId}`, { method: 'DELETE' });
    await load();
  }

  const preferred = computed(() => list.value.find((a) => a.isDefault) ?? list.value[0] ?? null);
  return { list, loading, error, load, save, remove, preferred };
}

export function addressLine(a: Partial<AddressFields> | null | undefined): string {
  if (!a) return '';
  return [a.province, a.city, a.district, a.detail].filter(Boolean).join(' ');
}
