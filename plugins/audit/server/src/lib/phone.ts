/** Mainland mobile numbers shown as 138****1234 to roles without 查看完整手机号. */
const MOBILE = /^(\+?86)?(1\d{2})\d{4}(\d{4})$/;
const PHONE_FIELDS = /^(phone|mobile|telephone|tel|phoneNumber|mobilePhone|receiverPhone|contactPhone)$/i;

export const maskPhone = (value: string): string =>
  value.replace(MOBILE, (_m, cc: string | undefined, head: string, tail: string) => `${cc ?? ''}${head}****${tail}`);

/**
 * The value with every phone-named string field masked, at any depth. Nothing is changed in place
 * (an answer may be a cached object): the parts holding a phone are copied, the rest is shared.
 */
export function withMaskedPhones<T>(value: T, depth = 0): T {
  if (depth > 12 || !value || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = value.map((item) => withMaskedPhones(item, depth + 1));
    return (items.some((item, i) => item !== value[i]) ? items : value) as T;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  let copy: Record<string, unknown> | null = null;
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    const next = typeof field === 'string' ? (PHONE_FIELDS.test(key) && MOBILE.test(field) ? maskPhone(field) : field) : withMaskedPhones(field, depth + 1);
    if (next !== field) (copy ??= { ...(value as Record<string, unknown>) })[key] = next;
  }
  return (copy ?? value) as T;
}

const MASKED = /^(\+?86)?1\d{2}\*{4}\d{4}$/;

/** Drops phone fields that still hold a masked number: saving a form read masked keeps the stored number. */
export function dropMaskedPhones(data: Record<string, unknown>): void {
  for (const [key, field] of Object.entries(data)) if (typeof field === 'string' && PHONE_FIELDS.test(key) && MASKED.test(field)) delete data[key];
}
