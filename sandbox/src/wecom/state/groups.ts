import { randomBytes } from 'node:crypto';
import { qyError } from '../errors';
import type { CorpState } from './corp-state';
import { customersOf } from './customers';

export interface GroupMember {
  userid: string;
  /** 1 a corp member, 2 an external contact. */
  type: number;
  /** Seconds. */
  join_time: number;
  /** 1 invited directly, 2 by the invitation link, 3 by the group QR code. */
  join_scene: number;
  invitor?: { userid: string };
  group_nickname: string;
  name: string;
  unionid?: string;
}

export interface CustomerGroup {
  chat_id: string;
  name: string;
  owner: string;
  /** Seconds. */
  create_time: number;
  notice: string;
  member_list: GroupMember[];
  admin_list: { userid: string }[];
  member_version: string;
  /** 0 normal, 1 owner resigned, 2 inheriting, 3 inherited. */
  status: number;
  dismissed: boolean;
}

/** The customer groups of a corp (客户群), created and changed only by client actions. */
export class GroupBook {
  readonly groups = new Map<string, CustomerGroup>();

  constructor(readonly corp: CorpState) {}

  group(chatId: unknown): CustomerGroup {
    const g = typeof chatId === 'string' ? this.groups.get(chatId) : undefined;
    if (!g || g.dismissed) throw qyError(86001);
    return g;
  }

  /** A member of the corp (type 1) or a known customer (type 2); 60111 / 40096 otherwise. */
  memberOf(id: string, nowSeconds: number, scene: number, invitor: string): GroupMember {
    if (this.corp.members.has(id)) {
      const m = this.corp.member(id);
      return { userid: id, type: 1, join_time: nowSeconds, join_scene: scene, invitor: { userid: invitor }, group_nickname: '', name: m.name };
    }
    const c = customersOf(this.corp).customer(id);
    return {
      userid: id,
      type: 2,
      join_time: nowSeconds,
      join_scene: scene,
      invitor: { userid: invitor },
      group_nickname: '',
      name: c.contact.name,
      unionid: c.contact.unionid,
    };
  }

  create(input: { owner: string; name: string; members: string[] }, nowSeconds: number): CustomerGroup {
    this.corp.member(input.owner);
    const chat_id = `wr${randomBytes(15).toString('base64url').replace(/[-_]/g, 'x')}`;
    const ids = [input.owner, ...input.members.filter((m) => m !== input.owner)];
    const g: CustomerGroup = {
      chat_id,
      name: input.name,
      owner: input.owner,
      create_time: nowSeconds,
      notice: '',
      member_list: ids.map((id) => this.memberOf(id, nowSeconds, 1, input.owner)),
      admin_list: [],
      member_version: newVersion(),
      status: 0,
      dismissed: false,
    };
    this.groups.set(chat_id, g);
    return g;
  }
}

const newVersion = () => randomBytes(16).toString('hex');

/** Bumps a group's member version: `[last, current]`. */
export function bumpVersion(g: CustomerGroup): [string, string] {
  const last = g.member_version;
  g.member_version = newVersion();
  return [last, g.member_version];
}

const books = new WeakMap<CorpState, GroupBook>();

export function groupsOf(corp: CorpState): GroupBook {
  let book = books.get(corp);
  if (!book) {
    book = new GroupBook(corp);
    books.set(corp, book);
  }
  return book;
}
