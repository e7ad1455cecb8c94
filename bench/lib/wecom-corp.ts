import { DEMO_CORP } from '@wedraw/sandbox';
import { json } from './production-cms';

/**
 * Saves the sandbox's demo corp in a bench CMS through the admin API (created, or updated when a
 * previous run left it), pointed at the sandbox. Returns its CorpID.
 */
export async function saveDemoCorp(base: string, headers: Record<string, string>, sandboxUrl: string): Promise<string> {
  const corp = {
    corpId: DEMO_CORP.corpId,
    name: DEMO_CORP.name,
    contactsSecret: DEMO_CORP.contactsSecret,
    customerSecret: DEMO_CORP.customerSecret,
    apps: DEMO_CORP.apps.map((a) => ({ agentId: a.agentId, name: a.name, secret: a.secret })),
    callbackToken: DEMO_CORP.callbackToken,
    encodingAESKey: DEMO_CORP.encodingAESKey,
    apiBase: sandboxUrl,
  };
  const corps = (await json<{ data: { documentId: string; corpId: string }[] }>(await fetch(`${base}/wecom/corps`, { headers }))).data;
  const existing = corps.find((c) => c.corpId === corp.corpId);
  await json(
    await fetch(`${base}/wecom/corps${existing ? `/${existing.documentId}` : ''}`, {
      method: existing ? 'PUT' : 'POST',
      headers,
      body: JSON.stringify(corp),
    }),
  );
  return corp.corpId;
}

/** The p-th percentile of ascending values (nearest rank); 0 for none. */
export const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0);
