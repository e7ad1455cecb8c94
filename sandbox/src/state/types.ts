/** Shapes of the sandbox's state. Times are milliseconds since the epoch on the sandbox clock. */

export type AppKind = 'official' | 'miniprogram';
export type MessageMode = 'plain' | 'compatible' | 'safe';

/** What identifies a WeChat app: the credentials a developer copies from the WeChat console. */
export interface AppConfig {
  name: string;
  kind: AppKind;
  appId: string;
  secret: string;
  token: string;
  encodingAESKey: string;
  /** The original id (gh_...), used as ToUserName in pushes and FromUserName in replies. */
  ghId: string;
}

export interface CallbackConfig {
  /** Where pushes go; `demo` means the sandbox's own built-in demo developer server. */
  url: string;
  mode: MessageMode;
}

export interface Fan {
  appId: string;
  openid: string;
  unionid?: string;
  nickname: string;
  avatar: string;
  subscribed: boolean;
  /** Seconds, as user/info reports it. */
  subscribeTime: number;
  subscribeScene: string;
  language: string;
  remark: string;
  tagIds: number[];
  /** Last time the fan messaged, clicked, followed or scanned: opens the customer-service window. */
  lastInteractionAt?: number;
  /** Customer-service messages sent since the last interaction. */
  customSentSinceInteraction: number;
  /** The latest mini program session_key (base64 of 16 bytes). */
  sessionKey?: string;
}

export interface Tag {
  id: number;
  name: string;
}

export interface Template {
  template_id: string;
  title: string;
  primary_industry: string;
  deputy_industry: string;
  content: string;
  example: string;
}

export interface MenuButton {
  type?: string;
  name: string;
  key?: string;
  url?: string;
  media_id?: string;
  article_id?: string;
  appid?: string;
  pagepath?: string;
  sub_button?: MenuButton[];
}

export type SentKind = 'template' | 'custom' | 'subscribe' | 'reply';

/** A message the app sent to a fan: template, customer service, subscribe, or a passive reply. */
export interface SentMessage {
  id: number;
  kind: SentKind;
  appId: string;
  touser: string;
  at: number;
  msgid?: number;
  templateId?: string;
  /** The request body (JSON APIs) or the parsed reply (passive replies). */
  payload: Record<string, unknown>;
}
