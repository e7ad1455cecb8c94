import request from 'supertest';
import type { Stack } from './helpers';
import { FAN_API_ACTIONS } from '../server/src/routes/fans';

/** An API token (custom type) holding every fan, tag and sync permission of the content API. */
export async function fansApiToken(stack: Stack, permissions: string[] = FAN_API_ACTIONS): Promise<string> {
  const token = await stack.cms.strapi
    .service('admin::api-token')
    .create({ name: `crm-${Date.now()}-${Math.random()}`, kind: 'content-api', type: 'custom', lifespan: null, permissions });
  return token.accessKey as string;
}

export interface RunView {
  documentId: string;
  status: string;
  total: number;
  processed: number;
  progress: number;
  resumes: number;
  unsubscribed: number;
  errors: { errcode: number | null; message: string; attempt: number }[];
  live: boolean;
}

/** Polls a sync run through the HTTP API until `done(run)` (default: completed or failed). */
export async function waitForRun(
  baseUrl: string,
  auth: string,
  documentId: string,
  done: (r: RunView) => boolean = (r) => r.status === 'completed' || r.status === 'failed',
  timeoutMs = 120_000,
): Promise<RunView> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await request(baseUrl).get(`/api/wechat/fans/sync-runs/${documentId}`).set('Authorization', `Bearer ${auth}`).expect(200);
    const run = res.body.data as RunView;
    if (done(run)) return run;
    if (Date.now() > until) throw new Error(`sync run ${documentId} still ${run.status} (${run.processed}/${run.total})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Rows and distinct openids of the app's fans, straight from the database. */
export async function fanCounts(stack: Stack, appId: string): Promise<{ rows: number; distinct: number; subscribed: number }> {
  const strapi = stack.cms.strapi;
  const meta = strapi.db.metadata.get('plugin::wechat.fan') as unknown as { tableName: string };
  const row = await strapi.db
    .connection(meta.tableName)
    .where('app_id', appId)
    .select(strapi.db.connection.raw('COUNT(*) AS n_rows, COUNT(DISTINCT openid) AS n_distinct, SUM(CASE WHEN subscribed THEN 1 ELSE 0 END) AS n_sub'))
    .first();
  return { rows: Number(row.n_rows), distinct: Number(row.n_distinct), subscribed: Number(row.n_sub ?? 0) };
}
