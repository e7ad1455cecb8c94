import type { PushAttempt } from '../../push/types';

export type WecomPushOutcome = 'delivered' | 'failed' | 'no-callback';

/** One WeCom push (change_contact, batch_job_result) and how its deliveries went. */
export interface WecomPushRecord {
  id: number;
  corpId: string;
  /** `change_contact` or `batch_job_result`. */
  event: string;
  /** change_contact: create_user, update_user, delete_user, create_party, update_party, delete_party, update_tag. */
  changeType?: string;
  at: number;
  url?: string;
  /** The message as plaintext XML, and its fields. */
  xml: string;
  message: Record<string, unknown>;
  attempts: PushAttempt[];
  outcome: WecomPushOutcome;
  error?: string;
}
