import type { LedgerType } from '@wedraw/contract';

export type LineType = LedgerType;

export interface Account {
  id: number;
  userId: number;
  balance: number;
  earned: number;
  spent: number;
  expired: number;
}

/** One lot a spending line took points from (kept on the line so a refund can put them back). */
export interface Consumption {
  lot: number;
  amount: number;
}

export interface LedgerLine {
  id: number;
  documentId: string;
  userId: number;
  delta: number;
  balanceAfter: number;
  type: LineType;
  source: string | null;
  refId: string | null;
  idempotencyKey: string;
  expiresAt: string | null;
  remaining: number;
  consumed: Consumption[] | null;
  day: string;
  operator: string | null;
  remark: string | null;
  createdAt: string;
}

export interface Entry {
  type: LineType;
  delta: number;
  idempotencyKey: string;
  source?: string;
  refId?: string;
  expiresAt?: Date | null;
  operator?: string;
  remark?: string;
  /** refund only: the lots to give back (the spend line's `consumed`). */
  restore?: Consumption[];
}

export interface PostResult {
  line: LedgerLine;
  /** true when the idempotency key had already been used: nothing new was written. */
  duplicate: boolean;
}

export type UserRef = number | { id: number };

export const userIdOf = (user: UserRef): number => (typeof user === 'number' ? user : user.id);
