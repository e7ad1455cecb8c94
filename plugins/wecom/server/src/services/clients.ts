import type { Core } from '@strapi/strapi';
import { businessError } from '@wedraw/kit';
import { explain } from '../clients/errcodes';
import { WecomClient, type SecretRole, type WecomError } from '../clients/wecom-client';
import { wecomConfig } from '../config';
import { services } from '../lib/services';
import type { WecomCorp } from './corps';

/** The secret of a role, or a 409 naming what is missing. */
function secretOf(corp: WecomCorp, role: SecretRole): string {
  if (role === 'contacts' && corp.contactsSecret) return corp.contactsSecret;
  if (role === 'customer' && corp.customerSecret) return corp.customerSecret;
  if (role.startsWith('app:')) {
    const app = corp.apps.find((a) => `app:${a.agentId}` === role);
    if (app?.secret) return app.secret;
  }
  const what = role === 'contacts' ? '通讯录同步 Secret' : role === 'customer' ? '客户联系 Secret' : `应用 ${role.slice(4)} 的 Secret`;
  throw businessError('SecretMissing', `企业「${corp.name}」尚未配置${what}`, { role });
}

const callMetrics = (strapi: Core.Strapi) => strapi.service('api::platform.metrics') as { wecomCall(endpoint: string, errcode: number): void } | undefined;

/** One qyapi client per (corp, secret role), rebuilt when the corp changes. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const clients = new Map<string, { version: string; client: WecomClient }>();
  return {
    client(corp: WecomCorp, role: SecretRole): WecomClient {
      const key = `${corp.corpId}|${role}`;
      const version = `${corp.updatedAt}|${corp.apiBase}`;
      const hit = clients.get(key);
      if (hit && hit.version === version) return hit.client;
      const client = new WecomClient({
        corpId: corp.corpId,
        role,
        secret: secretOf(corp, role),
        apiBase: corp.apiBase,
        tokens: services(strapi).sharedState.tokens(),
        timeoutMs: wecomConfig(strapi).httpTimeoutMs,
        onCall: (endpoint, errcode) => callMetrics(strapi)?.wecomCall(endpoint, errcode),
      });
      clients.set(key, { version, client });
      return client;
    },

    /** Fetches a token with every configured secret: what the 企业与应用 page's check button shows. */
    async checkCorp(corpId: string): Promise<{ role: SecretRole; ok: boolean; errcode: number | null; message: string }[]> {
      const corp = await services(strapi).corps.require(corpId);
      const roles: SecretRole[] = [
        ...(corp.contactsSecret ? (['contacts'] as const) : []),
        ...(corp.customerSecret ? (['customer'] as const) : []),
        ...corp.apps.map((a) => `app:${a.agentId}` as const),
      ];
      return Promise.all(
        roles.map(async (role) => {
          try {
            await this.client(corp, role).token();
            return { role, ok: true, errcode: null, message: '正常' };
          } catch (err) {
            const e = err as WecomError;
            return { role, ok: false, errcode: e.errcode ?? null, message: explain(e.errcode ?? -1, e.errmsg ?? String(err)) };
          }
        }),
      );
    },

    /** The client of a corp by CorpID (what other plugins call). */
    async forCorp(corpId: string, role: SecretRole): Promise<WecomClient> {
      return this.client(await services(strapi).corps.require(corpId), role);
    },
  };
};
