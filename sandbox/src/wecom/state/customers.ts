import { randomBytes } from 'node:crypto';
import { QY_ERRMSG, qyError } from '../errors';
import type { CorpState } from './corp-state';

// Errcodes of external contacts and welcome messages (wecom-and-pay.md A2).
Object.assign(QY_ERRMSG, {
  40096: 'invalid external userid',
  41051: 'externaluser has started chatting',
  41096: 'welcome msg is being distributed',
  84061: 'not exist external contact',
});

/** A welcome code is valid this long after the add_external_contact push (wecom-and-pay.md A2). */
export const WELCOME_CODE_TTL_MS = 20_000;
/** `externalcontact/get` pages the followers of a customer by this many. */
export const FOLLOWERS_PER_PAGE = 500;

export interface ExternalContact {
  external_userid: string;
  name: string;
  position: string;
  avatar: string;
  corp_name: string;
  corp_full_name: string;
  /** 1 WeChat, 2 WeCom. */
  type: number;
  /** 0 unknown, 1 male, 2 female. */
  gender: number;
  unionid: string;
}

export interface FollowTag {
  group_name: string;
  tag_name: string;
  /** 1 corp tag, 2 the member's own tag. */
  type: number;
  tag_id?: string;
}

export interface Follow {
  userid: string;
  remark: string;
  description: string;
  createtime: number;
  tags: FollowTag[];
  remark_corp_name: string;
  remark_mobiles: string[];
  add_way: number;
  oper_userid: string;
  state?: string;
}

export interface Customer {
  contact: ExternalContact;
  follows: Follow[];
}

export interface WelcomeCode {
  code: string;
  userid: string;
  externalUserid: string;
  issuedAt: number;
  /** When the welcome was sent with it (single use). */
  usedAt?: number;
  /** Until then another app "is distributing" the welcome: 41096. */
  busyUntil: number;
}

const NICKNAMES = ['小鹿', '阿青', '晴天', '大橙子', '米粒', '南风', '可乐', '木木', '一一', '桃子'];

/** The external-contact side of a corp: who has the customer-contact feature, customers, welcome codes. */
export class CustomerBook {
  /** Members given the customer-contact feature by a customer adding them. */
  readonly followUsers = new Set<string>();
  readonly customers = new Map<string, Customer>();
  readonly welcomeCodes = new Map<string, WelcomeCode>();

  constructor(readonly corp: CorpState) {}

  /**
   * Members with the customer-contact feature (get_follow_user_list): the active members of the demo
   * tree's sales (3) and customer-service (13) subtrees, and every member a customer has added.
   */
  featured(): string[] {
    const depts = new Set([3, 13].filter((id) => this.corp.departments.has(id)).flatMap((id) => this.corp.subtree(id).map((d) => d.id)));
    const out = new Set([...this.corp.members.values()].filter((m) => m.status === 1 && m.department.some((d) => depts.has(d))).map((m) => m.userid));
    for (const u of this.followUsers) if (this.corp.members.has(u)) out.add(u);
    return [...out];
  }

  customer(externalUserid: unknown): Customer {
    const c = typeof externalUserid === 'string' ? this.customers.get(externalUserid) : undefined;
    if (!c) throw qyError(40096);
    return c;
  }

  /** The customers one member follows, in the order they were added. */
  customersOf(userid: string): Customer[] {
    return [...this.customers.values()].filter((c) => c.follows.some((f) => f.userid === userid));
  }

  /**
   * A customer adds a member (the client action): the customer is created when new, the member
   * gets the feature, the follow is recorded with the channel `state`.
   */
  add(input: { userid: string; externalUserid?: string; name?: string; state?: string; gender?: number }, now: number): { customer: Customer; follow: Follow } {
    this.corp.member(input.userid);
    const id = input.externalUserid ?? `wm${randomBytes(15).toString('base64url').replace(/[-_]/g, 'x')}`;
    let customer = this.customers.get(id);
    if (!customer) {
      customer = {
        contact: {
          external_userid: id,
          name: input.name ?? `${NICKNAMES[this.customers.size % NICKNAMES.length]}${this.customers.size + 1}`,
          position: '',
          avatar: `https://sandbox.invalid/avatar/${id}.png`,
          corp_name: '',
          corp_full_name: '',
          type: 1,
          gender: input.gender ?? 0,
          unionid: `o${randomBytes(14).toString('base64url')}`,
        },
        follows: [],
      };
      this.customers.set(id, customer);
    } else if (input.name) customer.contact.name = input.name;
    this.followUsers.add(input.userid);
    let follow = customer.follows.find((f) => f.userid === input.userid);
    if (!follow) {
      follow = {
        userid: input.userid,
        remark: '',
        description: '',
        createtime: Math.floor(now / 1000),
        tags: [],
        remark_corp_name: '',
        remark_mobiles: [],
        add_way: input.state ? 1 : 0,
        oper_userid: id,
        ...(input.state ? { state: input.state } : {}),
      };
      customer.follows.push(follow);
    }
    return { customer, follow };
  }

  issueWelcomeCode(userid: string, externalUserid: string, now: number, busyMs = 0): WelcomeCode {
    const code = randomBytes(24).toString('base64url');
    const w: WelcomeCode = { code, userid, externalUserid, issuedAt: now, busyUntil: now + busyMs };
    this.welcomeCodes.set(code, w);
    return w;
  }

  /** A welcome code for send_welcome_msg: 41096 while another app distributes, 41051 once used or expired. */
  useWelcomeCode(code: unknown, now: number): WelcomeCode {
    const w = typeof code === 'string' ? this.welcomeCodes.get(code) : undefined;
    if (!w) throw qyError(40058, 'invalid welcome_code');
    if (w.usedAt !== undefined || now - w.issuedAt > WELCOME_CODE_TTL_MS) throw qyError(41051);
    if (now < w.busyUntil) throw qyError(41096);
    w.usedAt = now;
    return w;
  }
}

const books = new WeakMap<CorpState, CustomerBook>();

/** The customer book of a corp (a reset makes new corps, hence new books). */
export function customersOf(corp: CorpState): CustomerBook {
  let book = books.get(corp);
  if (!book) {
    book = new CustomerBook(corp);
    books.set(corp, book);
  }
  return book;
}
