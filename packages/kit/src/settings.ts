/** How a plugin's settings are checked beyond "the kind of its default". */
export interface SettingKinds {
  /** Strings whose default is empty or absent. */
  strings?: string[];
  /** Never shown in a refusal. */
  secrets?: string[];
  /** Integers that may be 0 (the others must be positive). */
  nonNegative?: string[];
  /** Settings with a fixed set of values. */
  oneOf?: Record<string, readonly string[]>;
}

/**
 * Refuses a plugin setting of the wrong kind at startup, naming it: each setting must be of the kind
 * of its default (a positive integer, true or false, a string) or as `kinds` says. Settings whose
 * default is neither (objects, lists) are left to the plugin's own checks.
 */
export function checkSettings(plugin: string, defaults: Record<string, unknown>, config: Record<string, unknown>, kinds: SettingKinds = {}): void {
  for (const [key, fallback] of Object.entries(defaults)) {
    const value = config[key];
    if (value === undefined) continue;
    const expected = expectation(key, fallback, kinds);
    if (!expected || expected.ok(value)) continue;
    const shown = kinds.secrets?.includes(key) ? '***' : JSON.stringify(value);
    throw new Error(`${plugin} plugin config: ${key} must be ${expected.kind} (got ${shown})`);
  }
}

function expectation(key: string, fallback: unknown, kinds: SettingKinds): { kind: string; ok: (v: unknown) => boolean } | null {
  const allowed = kinds.oneOf?.[key];
  if (allowed) return { kind: allowed.map((a) => `"${a}"`).join(' or '), ok: (v) => allowed.includes(v as string) };
  if (kinds.strings?.includes(key) || typeof fallback === 'string') return { kind: 'a string', ok: (v) => typeof v === 'string' };
  if (typeof fallback === 'boolean') return { kind: 'true or false', ok: (v) => typeof v === 'boolean' };
  if (typeof fallback === 'number') {
    const min = kinds.nonNegative?.includes(key) ? 0 : 1;
    return { kind: min ? 'a positive integer' : 'a non-negative integer', ok: (v) => typeof v === 'number' && Number.isInteger(v) && v >= min };
  }
  return null;
}
