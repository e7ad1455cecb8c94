import { createHash } from 'crypto';
import type { TokenStore } from '@wedraw/wechat-protocol';

/** Which secret a call uses: WeCom decides what a token may call by the secret it came from. */
export type SecretRole = 'contacts' | 'customer' | `app:${number}`;

/** WeCom answered an errcode (HTTP 200 `{errcode, errmsg}`), or did not answer at all (errcode -1). */
export class WecomError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
    readonly path: string,
  ) {
    super(`${path}: ${errcode} ${errmsg}`);
  }
}

export interface ClientOptions {
  corpId: string;
  role: SecretRole;
  secret: string;
  apiBase: string;
  tokens: TokenStore;
  timeoutMs: number;
  /** Told of every call: the API path without ids and WeCom's errcode (0 = success, -1 = no answer or not JSON). */
  onCall?: (endpoint: string, errcode: number) => void;
}

/** A qyapi path as a metric label: no leading slash, numeric segments as `:id`. */
export const endpointOf = (path: string) =>
  path
    .replace(/^\/+/, '')
    .split('/')
    .map((p) => (/^\d+$/.test(p) ? ':id' : p))
    .join('/')
    .slice(0, 64);

/** Token errors after which the stored token is dropped, fetched again once and the call retried once. */
const TOKEN_REJECTED = new Set([40014, 42001]);
type Answer = Record<string, unknown> & { errcode?: number; errmsg?: string };
type Query = Record<string, string | number | undefined>;

/**
 * A qyapi client for one (corp, secret): its access token lives in the shared token store (one
 * fetch per expiry across every instance), a rejected token is refreshed and the call retried once.
 */
export class WecomClient {
  constructor(private readonly o: ClientOptions) {}

  /** Keyed by the secret too: a corrected secret must not go on using the token of the old one. */
  get tokenKey(): string {
    const secret = createHash('sha256').update(this.o.secret).digest('hex').slice(0, 12);
    return `token:${this.o.corpId}:${this.o.role}:${secret}`;
  }

  async token(rejected?: string): Promise<string> {
    const stored = await this.o.tokens.current(
      this.tokenKey,
      async () => {
        const data = await this.send('GET', '/cgi-bin/gettoken', { corpid: this.o.corpId, corpsecret: this.o.secret });
        return { value: String(data.access_token), expiresIn: Number(data.expires_in) || 7200 };
      },
      rejected,
    );
    return stored.value;
  }

  get<T = Answer>(path: string, query: Query = {}): Promise<T & Answer> {
    return this.call<T>('GET', path, query);
  }

  post<T = Answer>(path: string, body: unknown, query: Query = {}): Promise<T & Answer> {
    return this.call<T>('POST', path, query, body);
  }

  /** A multipart upload (`media/upload`): the file goes in the `media` field. */
  upload<T = Answer>(path: string, file: { name: string; type: string; data: Buffer }, query: Query = {}): Promise<T & Answer> {
    const form = new FormData();
    form.append('media', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name);
    return this.call<T>('POST', path, query, form);
  }

  private async call<T>(method: 'GET' | 'POST', path: string, query: Query, body?: unknown): Promise<T & Answer> {
    let token = await this.token();
    try {
      return (await this.send(method, path, { ...query, access_token: token }, body)) as T & Answer;
    } catch (err) {
      if (!(err instanceof WecomError) || !TOKEN_REJECTED.has(err.errcode)) throw err;
      token = await this.token(token);
      return (await this.send(method, path, { ...query, access_token: token }, body)) as T & Answer;
    }
  }

  private async send(method: 'GET' | 'POST', path: string, query: Query, body?: unknown): Promise<Answer> {
    try {
      const data = await this.answer(method, path, query, body);
      this.o.onCall?.(endpointOf(path), 0);
      return data;
    } catch (err) {
      this.o.onCall?.(endpointOf(path), err instanceof WecomError ? err.errcode : -1);
      throw err;
    }
  }

  private async answer(method: 'GET' | 'POST', path: string, query: Query, body?: unknown): Promise<Answer> {
    const url = new URL(`${this.o.apiBase}${path}`);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
    let res: Response;
    try {
      // FormData sets its own multipart Content-Type with the boundary.
      const form = body instanceof FormData;
      res = await fetch(url, {
        method,
        headers: body === undefined || form ? undefined : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : form ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(this.o.timeoutMs),
      });
    } catch (err) {
      throw new WecomError(-1, `no answer: ${(err as Error).message}`, path);
    }
    let data: Answer;
    try {
      data = (await res.json()) as Answer;
    } catch {
      throw new WecomError(-1, `HTTP ${res.status}, not JSON`, path);
    }
    if (typeof data.errcode === 'number' && data.errcode !== 0) throw new WecomError(data.errcode, String(data.errmsg ?? ''), path);
    return data;
  }
}
