import type { FieldProblem } from '@wedraw/kit';

/** The tenant a message is sent for, as channels see it. */
export interface SendingTenant {
  code: string;
  builtIn: boolean;
}

/** One message handed to a channel: who, through which account, what (rendered content). */
export interface OutboundMessage {
  id: number;
  documentId: string;
  to: string;
  account: string | null;
  content: Record<string, unknown>;
  /** The tenant's signing secret, for channels that sign what they send (webhook); memory only. */
  signingSecret: string | null;
}

/**
 * What became of one message: `sent` (the platform took it; `providerId` is its id there),
 * `retryable` (try again later: rate limit, timeout, 5xx), `final` (will never work: the code says why).
 */
export type Outcome =
  | { status: 'sent'; providerId?: string }
  | { status: 'retryable'; code: string; message: string }
  | { status: 'final'; code: string; message: string };

/**
 * A channel: a small provider a plugin registers with the center. The center owns queueing,
 * records, retries, receipts, quotas and statistics; the channel knows only its platform.
 */
export interface ChannelProvider {
  /** Stable name used in the API (`email`, `webhook`, `oa-template`...). */
  name: string;
  /** Chinese label for the admin. */
  label: string;
  /**
   * `none`: the platform's acceptance is the last thing anyone learns (the message ends delivered
   * when sent); `push`: a receipt arrives later and the channel calls `delivery.receipt`; `poll`: the
   * center asks the channel (`pollReceipts`) every `receiptPollMs` about its messages still `sent`.
   */
  receipts: 'none' | 'push' | 'poll';
  /** Messages per second per sending account, across every instance. */
  ratePerSecond: number;
  /**
   * True when `to` is a credential (a webhook URL, a robot's access token): the center keeps it
   * encrypted and shows it masked (`https://host/…a1b2`) in records and the admin's lists; only the
   * tenant's own API answers carry it whole.
   */
  secretRecipient?: boolean;
  /** Messages a worker hands to `send` at once. */
  batchSize: number;
  /**
   * Problems with `to`, `account` or `content` (fields named `to`, `account`, `content.subject`...);
   * empty = fine. `tenant` is who sends: a channel whose accounts belong to tenants answers another
   * tenant's account as unknown (the built-in tenant, the admin's own sends, may use every account).
   */
  validate(input: { to: string; account: string | null; content: unknown; tenant?: SendingTenant }): FieldProblem[] | Promise<FieldProblem[]>;
  /** Sends a batch; one outcome per message, same order. Must not throw for one message's failure. */
  send(batch: OutboundMessage[]): Promise<Outcome[]>;
  /**
   * Where this channel reaches a WeDraw user (an email address, the openid under `account`...), for
   * notifications of business events; absent or null = the channel cannot reach users by id.
   */
  recipientOf?(userId: number, account: string | null): Promise<string | null>;
  /** `poll` channels: the results of these sent messages known so far (absent = no result yet). */
  pollReceipts?(sent: Array<{ providerId: string; account: string | null }>): Promise<Map<string, { ok: boolean; code?: string; message?: string }>>;
  /** `push` channels: receipts that arrived before the provider ids were written (applied right after). */
  earlyReceipts?(account: string | null, providerIds: string[]): Promise<Map<string, { ok: boolean; code?: string; message?: string }>>;
}
