/** A secret's role, which decides what its token may call (wecom-and-pay.md A0). */
export type SecretRole = 'contacts' | 'customer' | 'app';

export interface WecomApp {
  agentId: number;
  name: string;
  secret: string;
  /** "YYYY-MM-DD": apps created after 2022-06-20 read members without sensitive fields (when the switch is on). */
  createdAt: string;
  /** Listed under 客户联系 › 可调用接口的应用. */
  customerContact: boolean;
}

export interface CorpConfig {
  corpId: string;
  name: string;
  /** 通讯录同步 secret. */
  contactsSecret: string;
  /** 客户联系 secret. */
  customerSecret: string;
  apps: WecomApp[];
  /** Token and EncodingAESKey of the contacts-sync callback (the receiver's configuration). */
  callbackToken: string;
  encodingAESKey: string;
  /** Group robots: webhook keys. */
  robots: { key: string; name: string }[];
}

export interface Department {
  id: number;
  name: string;
  name_en?: string;
  parentid: number;
  order: number;
  department_leader: string[];
}

export interface Member {
  userid: string;
  name: string;
  department: number[];
  order: number[];
  is_leader_in_dept: number[];
  main_department: number;
  position: string;
  mobile: string;
  gender: '0' | '1' | '2';
  email: string;
  biz_mail: string;
  telephone: string;
  alias: string;
  address: string;
  direct_leader: string[];
  /** 1 active, 2 disabled, 4 not activated, 5 quit. */
  status: number;
  enable: number;
  open_userid: string;
  external_position: string;
}

/** Who made a change: an API token's role (no callback to the contacts assistant) or the console. */
export type Actor = { kind: 'console' } | { kind: 'api'; owner: string };

export interface WecomTag {
  tagid: number;
  tagname: string;
  /** `contacts`, `app:<agentid>` or `console`: only the owner may change it (81011). */
  owner: string;
  users: Set<string>;
  parties: Set<number>;
}

export interface CorpCallback {
  url: string;
  /** Since 2022-08-15 new contacts-sync URLs get user events with only UserID and Department. */
  reduced: boolean;
}

export interface CorpSwitches {
  /** The caller's IP is not a trusted IP: 60020 on every API but gettoken. */
  untrustedIp: boolean;
  /** The contacts assistant calls from a new IP: detail reads give 48009. */
  newIp: boolean;
  /** Self-built / customer-contact apps count as created after 2022-06-20: sensitive member fields blank. */
  recentApps: boolean;
}
