import { WecomError } from './wecom-client';

type Answer = Record<string, unknown> & { errcode?: number; errmsg?: string };

/**
 * A group robot's webhook (wecom-and-pay.md A4): no token, the key in the URL is the only
 * credential. Paths are reported without the key, so an error message never carries it.
 */
export class RobotWebhook {
  constructor(
    private readonly apiBase: string,
    private readonly key: string,
    private readonly timeoutMs: number,
  ) {}

  /** `webhook/send`: one message body `{msgtype, text|markdown|image|news|file}`. */
  send(body: unknown): Promise<Answer> {
    return this.call('/cgi-bin/webhook/send', {}, JSON.stringify(body), { 'Content-Type': 'application/json' });
  }

  /** `webhook/upload_media?type=file`: multipart `media` → the media_id only this robot may send (3 days). */
  async upload(type: 'file' | 'voice', file: { name: string; data: Buffer }): Promise<string> {
    const form = new FormData();
    form.append('media', new Blob([new Uint8Array(file.data)], { type: 'application/octet-stream' }), file.name);
    const answer = await this.call('/cgi-bin/webhook/upload_media', { type }, form);
    return String(answer.media_id);
  }

  private async call(path: string, query: Record<string, string>, body: BodyInit, headers?: Record<string, string>): Promise<Answer> {
    const url = new URL(`${this.apiBase}${path}`);
    url.searchParams.set('key', this.key);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    let res: Response;
    try {
      res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (err) {
      throw new WecomError(-1, `no answer: ${(err as Error).message.replaceAll(this.key, '***')}`, path);
    }
    let data: Answer;
    try {
      data = (await res.json()) as Answer;
    } catch {
      throw new WecomError(-1, `HTTP ${res.status}, not JSON`, path);
    }
    if (typeof data.errcode === 'number' && data.errcode !== 0) throw new WecomError(data.errcode, String(data.errmsg ?? '').replaceAll(this.key, '***'), path);
    return data;
  }
}

/** The key of a webhook URL (`…/cgi-bin/webhook/send?key=KEY`), or the input when it is a bare key. */
export function webhookKeyOf(input: string): string {
  const text = input.trim();
  if (!/^https?:\/\//.test(text)) return text;
  try {
    return new URL(text).searchParams.get('key') ?? '';
  } catch {
    return '';
  }
}
