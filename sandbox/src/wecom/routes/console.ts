import type { Router } from '../../http/router';
import { AdminError, Reply } from '../../http/reply';
import type { Runtime } from '../../runtime';
import { adminBody } from '../../routes/admin-util';
import { deletePartyChange, deleteUserChange, partyChange, tagChange, userChange } from '../push/events';
import type { DepartmentInput, MemberInput } from '../state/corp-state';
import { adminCorp, consoleChange } from './admin-util';

interface TagMembersInput {
  addUsers?: string[];
  delUsers?: string[];
  addParties?: number[];
  delParties?: number[];
}

/**
 * Changes made in WeCom's own admin console: they change WeCom's truth and raise change_contact
 * pushes to the corp's callback (API calls never do). Each answers once the push has been delivered
 * (or has failed its 3 tries).
 */
export function qyConsoleRoutes(router: Router, rt: Runtime): void {
  const base = '/_sandbox/wecom/:corpId/console';

  router.add('POST', `${base}/departments`, async (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const d = consoleChange(() => corp.createDepartment(adminBody<DepartmentInput>(ctx)));
    return Reply.json(201, { department: d, push: await rt.wecomPush.change(corp, partyChange('create_party', d)) });
  });

  router.add('PATCH', `${base}/departments/:id`, async (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const d = consoleChange(() => corp.updateDepartment({ ...adminBody<DepartmentInput>(ctx), id: Number(ctx.params.id) }));
    return { department: d, push: await rt.wecomPush.change(corp, partyChange('update_party', d)) };
  });

  router.add('DELETE', `${base}/departments/:id`, async (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const d = consoleChange(() => corp.deleteDepartment(Number(ctx.params.id)));
    return { department: d, push: await rt.wecomPush.change(corp, deletePartyChange(d.id)) };
  });

  router.add('POST', `${base}/members`, async (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const m = consoleChange(() => corp.createMember(adminBody<MemberInput>(ctx)));
    return Reply.json(201, { member: m, push: await rt.wecomPush.change(corp, userChange('create_user', m, corp.callback?.reduced ?? false)) });
  });

  router.add('PATCH', `${base}/members/:userid`, async (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const body = adminBody<MemberInput>(ctx);
    if (body.userid !== undefined && body.userid !== ctx.params.userid) throw new AdminError(400, 'userid cannot be changed');
    const m = consoleChange(() => corp.updateMember({ ...body, userid: ctx.params.userid }));
    return { member: m, push: await rt.wecomPush.change(corp, userChange('update_user', m, corp.callback?.reduced ?? false)) };
  });

  router.add('DELETE', `${base}/members/:userid`, async (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const m = consoleChange(() => corp.deleteMember(ctx.params.userid));
    return { member: m, push: await rt.wecomPush.change(corp, deleteUserChange(m.userid)) };
  });

  router.add('POST', `${base}/tags/:tagid/members`, async (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const body = adminBody<TagMembersInput>(ctx);
    const tag = consoleChange(() => corp.tag(ctx.params.tagid));
    const addUsers = (body.addUsers ?? []).filter((u) => corp.members.has(u) && !tag.users.has(u));
    const delUsers = (body.delUsers ?? []).filter((u) => tag.users.has(u));
    const addParties = (body.addParties ?? []).map(Number).filter((p) => corp.departments.has(p) && !tag.parties.has(p));
    const delParties = (body.delParties ?? []).map(Number).filter((p) => tag.parties.has(p));
    if (!addUsers.length && !delUsers.length && !addParties.length && !delParties.length)
      throw new AdminError(400, 'nothing to change: addUsers, delUsers, addParties or delParties');
    for (const u of addUsers) tag.users.add(u);
    for (const u of delUsers) tag.users.delete(u);
    for (const p of addParties) tag.parties.add(p);
    for (const p of delParties) tag.parties.delete(p);
    return { tagid: tag.tagid, push: await rt.wecomPush.change(corp, tagChange(tag, { addUsers, delUsers, addParties, delParties })) };
  });
}
