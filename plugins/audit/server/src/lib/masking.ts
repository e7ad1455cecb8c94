/**
 * Secrets never reach a log line: a field whose name says it holds one (password, secret, token,
 * any *key but idempotencyKey, smtpPass…) is replaced by `***`, at any depth; credentials in URLs
 * (`?key=`, `access_token=`) likewise. Long values are cut so one line stays small.
 */
export const MASK = '***';
const MAX_STRING = 500;
const MAX_PARAMS = 8000;

const NOT_SECRET = new Set(['idempotencykey', 'sortkey', 'menukey', 'keyword', 'keywords']);

export function isSecretName(name: string): boolean {
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (NOT_SECRET.has(n)) return false;
  return /(password|passwd|pass|secret|token|key|cert|credential|authorization|cookie|signature)$/.test(n) || n.startsWith('password');
}

const URL_SECRET = /([?&](?:key|secret|token|access_token|password|signature|sign)=)[^&#\s"]*/gi;

export const maskUrl = (url: string): string => url.replace(URL_SECRET, `$1${MASK}`);

export function maskValue(value: unknown, depth = 0): unknown {
  if (depth > 8) return '…';
  if (typeof value === 'string') return maskUrl(value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value);
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => maskValue(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, isSecretName(k) && v !== null && v !== '' ? MASK : maskValue(v, depth + 1)]),
    );
  }
  return value;
}

/**
 * The JSON a log line stores for a request's query and body; `secretFields`: body fields the route
 * marked as credentials (kit `markSecretFields`), masked whatever their names.
 */
export function maskedParams(query: unknown, body: unknown, secretFields: string[] = []): string | null {
  const parts: Record<string, unknown> = {};
  if (query && typeof query === 'object' && Object.keys(query).length) parts.query = query;
  if (body !== undefined && body !== null && !(typeof body === 'object' && !Object.keys(body).length))
    parts.body =
      secretFields.length && typeof body === 'object' && !Array.isArray(body)
        ? Object.fromEntries(Object.entries(body as Record<string, unknown>).map(([k, v]) => [k, secretFields.includes(k) && v ? MASK : v]))
        : body;
  if (!Object.keys(parts).length) return null;
  const text = JSON.stringify(maskValue(parts));
  return text.length > MAX_PARAMS ? `${text.slice(0, MAX_PARAMS)}…` : text;
}
