import { AdminError } from '../../http/reply';
import { deletePartyChange, deleteUserChange, partyChange, tagChange, userChange, type ChangeBody } from '../push/events';
import type { CorpState, DepartmentInput, MemberInput } from '../state/corp-state';
import { consoleChange } from './admin-util';

interface TagMembersInput {
  addUsers?: string[];
  delUsers?: string[];
  addParties?: number[];
  delParties?: number[];
}

/** A console change applied to WeCom's truth: what it returns, and the change_contact it raises. */
export interface ConsoleOutcome {
  result: Record<string, unknown>;
  change: ChangeBody;
}

export type ConsoleMethod = 'POST' | 'PATCH' | 'DELETE';

/**
 * Applies one console change: `POST departments`, `PATCH|DELETE departments/:id`, `POST members`,
 * `PATCH|DELETE members/:userid`, `POST tags/:tagid/members`. WeCom's refusals become 409.
 */
export function applyConsole(corp: CorpState, method: ConsoleMethod, path: string, body: Record<string, unknown>): ConsoleOutcome {
  const [kind, id, sub] = path.replace(/^\/+|\/+$/g, '').split('/');
  const reduced = corp.callback?.reduced ?? false;
  if (kind === 'departments' && method === 'POST' && id === undefined) {
    const d = consoleChange(() => corp.createDepartment(body as DepartmentInput));
    return { result: { department: d }, change: partyChange('create_party', d) };
  }
  if (kind === 'departments' && id !== undefined && sub === undefined && method === 'PATCH') {
    const d = consoleChange(() => corp.updateDepartment({ ...(body as DepartmentInput), id: Number(id) }));
    return { result: { department: d }, change: partyChange('update_party', d) };
  }
  if (kind === 'departments' && id !== undefined && sub === undefined && method === 'DELETE') {
    const d = consoleChange(() => corp.deleteDepartment(Number(id)));
    return { result: { department: d }, change: deletePartyChange(d.id) };
  }
  if (kind === 'members' && method === 'POST' && id === undefined) {
    const m = consoleChange(() => corp.createMember(body as MemberInput));
    return { result: { member: m }, change: userChange('create_user', m, reduced) };
  }
  if (kind === 'members' && id !== undefined && sub === undefined && method === 'PATCH') {
    if (body.userid !== undefined && body.userid !== id) throw new AdminError(400, 'userid cannot be changed');
    const { status, ...fields } = body;
    if (status !== undefined && ![1, 2, 4].includes(Number(status))) throw new AdminError(400, 'status must be 1 (active), 2 (disabled) or 4 (not activated)');
    const m = consoleChange(() => corp.updateMember({ ...(fields as MemberInput), userid: id }));
    // The console can do what the API cannot: a member activating their account (4 → 1).
    if (status !== undefined) m.status = Number(status);
    return { result: { member: m }, change: userChange('update_user', m, reduced) };
  }
  if (kind === 'members' && id !== undefined && sub === undefined && method === 'DELETE') {
    const m = consoleChange(() => corp.deleteMember(id));
    return { result: { member: m }, change: deleteUserChange(m.userid) };
  }
  if (kind === 'tags' && id !== undefined && sub === 'members' && method === 'POST') {
    const input = body as TagMembersInput;
    const tag = consoleChange(() => corp.tag(id));
    const addUsers = (input.addUsers ?? []).filter((u) => corp.members.has(u) && !tag.users.has(u));
    const delUsers = (input.delUsers ?? []).filter((u) => tag.users.has(u));
    const addParties = (input.addParties ?? []).map(Number).filter((p) => corp.departments.has(p) && !tag.parties.has(p));
    const delParties = (input.delParties ?? []).map(Number).filter((p) => tag.parties.has(p));
    if (!addUsers.length && !delUsers.length && !addParties.length && !delParties.length)
      throw new AdminError(400, 'nothing to change: addUsers, delUsers, addParties or delParties');
    for (const u of addUsers) tag.users.add(u);
    for (const u of delUsers) tag.users.delete(u);
    for (const p of addParties) tag.parties.add(p);
    for (const p of delParties) tag.parties.delete(p);
    return { result: { tagid: tag.tagid }, change: tagChange(tag, { addUsers, delUsers, addParties, delParties }) };
  }
  throw new AdminError(404, `no console action ${method} ${path}`);
}
