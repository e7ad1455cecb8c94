import { DEMO_CORP } from '../src';
import type { Json, Wx } from './helpers';

export const CORP = DEMO_CORP;
export const APP = DEMO_CORP.apps[0];

/** WeCom calls over HTTP as a qyapi client makes them. */
export class Qy {
  constructor(readonly wx: Wx) {}

  async token(secret: string = CORP.contactsSecret, corpid: string = CORP.corpId): Promise<string> {
    const r = await this.wx.get('/cgi-bin/gettoken', { corpid, corpsecret: secret });
    if (!r.access_token) throw new Error(JSON.stringify(r));
    return r.access_token as string;
  }

  get(path: string, token: string, query: Record<string, string | undefined> = {}): Promise<Json> {
    return this.wx.get(path, { access_token: token, ...query });
  }

  post(path: string, token: string, body: unknown): Promise<Json> {
    return this.wx.post(path, { access_token: token }, body);
  }
}

/** An admin call to the sandbox: JSON in and out, with the HTTP status. */
export async function admin(url: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as unknown };
}
