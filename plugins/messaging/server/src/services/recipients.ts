import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { maskCredential } from '@wedraw/kit';
import { services } from '../lib/services';
import { tables } from './records';

/** How a recipient is kept on a message row: `recipient` is what records show, `recipient_secret` what is sent to. */
export interface StoredRecipient {
  recipient: string;
  recipient_secret: string | null;
}

/**
 * Recipients that are credentials (a webhook URL, a DingTalk robot's token: whoever holds one can
 * post to it) are kept encrypted on the message row and shown masked in records, the admin's lists
 * and a batch's progress; other recipients (an openid, an address, a robot code) are kept as they are.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  // The tenants' secret box: one key (MESSAGING_SECRET_KEY) for everything the center keeps encrypted.
  const secrets = () => services(strapi).tenants.secrets();
  const isSecret = (channel: string) => Boolean(services(strapi).channels.get(channel)?.secretRecipient);

  /** The columns for `to` on a message of this channel. */
  const stored = (channel: string, to: string): StoredRecipient =>
    isSecret(channel) ? { recipient: maskCredential(to), recipient_secret: secrets().encrypt(to) } : { recipient: to, recipient_secret: null };

  return {
    stored,

    /** What a row's message is sent to. */
    clear(row: { recipient: string; recipient_secret?: string | null }): string {
      return row.recipient_secret ? secrets().decrypt(row.recipient_secret) : row.recipient;
    },

    /**
     * Rows written before their channel's recipients were kept encrypted: encrypted and masked now
     * (at startup, in chunks; an instance racing another skips what the other already did).
     */
    async protectStored(): Promise<number> {
      const channels = services(strapi)
        .channels.all()
        .filter((p) => p.secretRecipient)
        .map((p) => p.name);
      let done = 0;
      if (!channels.length) return done;
      for (;;) {
        const rows = (await tables(strapi)
          .messages()
          .select('id', 'channel', 'recipient')
          .whereIn('channel', channels)
          .whereNull('recipient_secret')
          .limit(500)) as Array<{ id: number; channel: string; recipient: string }>;
        for (const r of rows) {
          const next = stored(r.channel, r.recipient);
          done += Number(await tables(strapi).messages().where({ id: r.id }).whereNull('recipient_secret').update(next));
        }
        if (rows.length < 500) return done;
      }
    },

    /** Whether `to` of this channel is a credential (the operation log then masks it). */
    isSecret,

    /** A recipient as part of a key or a lookup: a credential only as its hash. */
    keyPart(channel: string, to: string): string {
      return isSecret(channel) ? `#${createHash('sha256').update(to).digest('hex').slice(0, 40)}` : to;
    },
  };
};
