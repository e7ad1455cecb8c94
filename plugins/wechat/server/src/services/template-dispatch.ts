import type { Core } from '@strapi/strapi';
import type Redis from 'ioredis';
import { UID } from '../lib/uids';
import { templateStash, type TemplateStash } from './template-stash';
import type { SendRow } from './template-sends';

/** The message center's name for this plugin's batches, and the batch reference of one send. */
export const TEMPLATE_SOURCE = 'wechat-template';
export const batchOf = (sendId: number) => `${TEMPLATE_SOURCE}:${sendId}`;

const FAN_PAGE = 5000;

const tagsOf = (raw: unknown): number[] => {
  const v = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
  return Array.isArray(v) ? v.map(Number) : [];
};

/** The message center's services this plugin uses (typed structurally: the center is another plugin). */
interface Center {
  batches: {
    define(source: string, expand: (ref: string) => Promise<void>): void;
    accept(
      batch: string,
      spec: { channel: string; account: string | null },
      recipients: Array<{ to: string; content: Record<string, unknown> }>,
    ): Promise<number>;
  };
  delivery: { receipt(channel: string, providerMsgId: string, ok: boolean, error?: { code: string; message: string }): Promise<boolean> };
}

export function messageCenter(strapi: Core.Strapi): Center {
  const plugin = strapi.plugin('messaging');
  if (!plugin) throw new Error('[wechat] template sends need the message center (plugins/messaging)');
  return { batches: plugin.service('batches'), delivery: plugin.service('delivery') } as unknown as Center;
}

/**
 * Template sends on the message center. A send's `expand` job (the center's queue, delayed until
 * `scheduledAt`) reads the audience and writes one `oa-template` message per fan into the center
 * under the send's batch reference (bulk, one idempotency key per fan: a re-run writes nothing
 * twice); the center's workers deliver them under the channel's per-app rate, retry -1/45009/45011
 * with backoff and finalise the rest. TEMPLATESENDJOBFINISH moves a sent message to delivered/failed.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let stash: TemplateStash | null = null;
  const st = () => {
    if (!stash) {
      const redis = strapi.service('api::platform.runtime').redis() as Redis | null;
      stash = templateStash(redis, `${strapi.service('api::platform.runtime').keyPrefix()}wechat:`);
    }
    return stash;
  };
  const sendsTable = () => strapi.db.connection(strapi.db.metadata.get(UID.templateSend as never).tableName);

  async function audience(send: SendRow): Promise<string[]> {
    if (send.target === 'one') return [send.openid as string];
    const fans = strapi.db.connection(strapi.db.metadata.get(UID.fan as never).tableName);
    const openids: string[] = [];
    for (let after = 0; ; ) {
      const rows = (await fans
        .clone()
        .select('id', 'openid', 'tags')
        .where({ app_id: send.appId, subscribed: true })
        .andWhere('id', '>', after)
        .orderBy('id')
        .limit(FAN_PAGE)) as Array<{ id: number; openid: string; tags: unknown }>;
      for (const r of rows) if (send.target === 'all' || tagsOf(r.tags).includes(Number(send.tagId))) openids.push(r.openid);
      if (rows.length < FAN_PAGE) return openids;
      after = Number(rows[rows.length - 1].id);
    }
  }

  async function expand(ref: string): Promise<void> {
    const send = (await strapi.db.query(UID.templateSend).findOne({ where: { id: Number(ref) } })) as SendRow | null;
    if (!send || send.status === 'canceled' || send.status === 'done') return;
    // Canceled between the job's start and now: the conditional update wins one way or the other.
    const started = await sendsTable()
      .where({ id: send.id })
      .whereIn('status', ['scheduled', 'preparing', 'sending'])
      .update({ status: 'sending', started_at: send.startedAt ?? new Date(), updated_at: new Date() });
    if (!started) return;
    const content = {
      templateId: send.templateId,
      data: send.data,
      ...(send.url ? { url: send.url } : {}),
      ...(send.miniprogram ? { miniprogram: send.miniprogram } : {}),
    };
    const openids = await audience(send);
    const total = await messageCenter(strapi).batches.accept(
      batchOf(send.id),
      { channel: 'oa-template', account: send.appId },
      openids.map((to) => ({ to, content })),
    );
    // Nobody to send to (an empty tag): done at once; otherwise reading the send finishes it once nothing is pending.
    const now = new Date();
    await sendsTable()
      .where({ id: send.id })
      .update({ total, updated_at: now, ...(total === 0 ? { status: 'done', finished_at: now } : {}) });
  }

  return {
    /** Hands the center this plugin's expander (every instance: whichever works the queue runs it). */
    define(): void {
      const center = strapi.plugin('messaging');
      if (center) (center.service('batches') as Center['batches']).define(TEMPLATE_SOURCE, expand);
    },

    /** Stashed TEMPLATESENDJOBFINISH statuses of these msgids (the `oa-template` channel applies them). */
    takeStashed(appId: string, msgids: string[]): Promise<Map<string, string>> {
      return st().takeStashed(appId, msgids);
    },

    /**
     * TEMPLATESENDJOBFINISH from the callback: `success` → delivered, anything else (e.g.
     * `failed:user block`) → failed with that reason. A push that outruns the sender's write is
     * stashed; the channel applies it right after the msgid is written.
     */
    async jobFinished(appId: string, msgid: string | undefined, status: string | undefined): Promise<void> {
      if (!msgid) return;
      const s = status || 'success';
      const apply = () => messageCenter(strapi).delivery.receipt('oa-template', msgid, s === 'success', { code: 'wechat:receipt', message: s });
      // Usually the row is `sent` already: applied, nothing stashed. Otherwise stashed, then one more
      // look. That look missing the row means its `sent` write had not committed when the look
      // began, so the sender's read of the stash (right after that write) comes after the stash:
      // the receipt is applied by one side or the other, never lost. Applying is idempotent (only a
      // `sent` row moves), so a push WeChat repeats needs no de-duplication of its own.
      if (await apply()) return;
      await st().stash(appId, msgid, s);
      if (await apply()) await st().takeStashed(appId, [msgid]);
    },
  };
};
