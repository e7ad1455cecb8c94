import type { MessageMode } from '../state/types';

/** What WeChat can push to a developer server in the sandbox. */
export const PUSH_TYPES = ['subscribe', 'unsubscribe', 'text', 'CLICK', 'VIEW', 'SCAN', 'TEMPLATESENDJOBFINISH'] as const;
export type PushType = (typeof PUSH_TYPES)[number];

export interface PushInput {
  appId: string;
  openid: string;
  type: PushType;
  /** text: the message text. */
  content?: string;
  /** CLICK: the menu key; VIEW: the url; SCAN / subscribe: the QR scene. */
  eventKey?: string;
  ticket?: string;
  /** TEMPLATESENDJOBFINISH: the msgid of the template message, and its status. */
  msgId?: number | string;
  status?: string;
  /** Override the app's callback for this push. */
  url?: string;
  mode?: MessageMode;
  timeoutMs?: number;
  attempts?: number;
  retryDelayMs?: number;
}

export interface PushAttempt {
  at: number;
  durationMs: number;
  status?: number;
  /** `timeout`, `connection refused`, `HTTP 500`, ... when the attempt failed. */
  error?: string;
  body?: string;
}

export type PushOutcome = 'replied' | 'no-reply' | 'invalid-reply' | 'failed' | 'no-callback';

export interface PushRecord {
  id: number;
  appId: string;
  openid: string;
  type: PushType;
  at: number;
  url?: string;
  mode?: MessageMode;
  /** The message as plaintext XML, and its fields. */
  xml: string;
  message: Record<string, string | number>;
  attempts: PushAttempt[];
  outcome: PushOutcome;
  /** The passive reply, decrypted: XML and fields. */
  reply?: { xml: string; message: Record<string, unknown>; encrypted: boolean; problems: string[] };
  /** Why the reply was rejected (the user would see 该公众号暂时无法提供服务，请稍后再试). */
  error?: string;
}
