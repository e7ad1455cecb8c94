import type { XmlObject } from '../../wx/xml';
import type { CorpState } from '../state/corp-state';
import type { Department, Member, WecomTag } from '../state/types';

/** The decrypted change_contact XML fields (wecom-and-pay.md A1), without the header. */
export type ChangeBody = { ChangeType: string } & XmlObject;

export function changeHeader(corp: CorpState, createTime: number): XmlObject {
  return { ToUserName: corp.corpId, FromUserName: 'sys', CreateTime: createTime, MsgType: 'event', Event: 'change_contact' };
}

/** create_user / update_user: every field, or only UserID and Department when the callback is "reduced". */
export function userChange(changeType: 'create_user' | 'update_user', m: Member, reduced: boolean, newUserId?: string): ChangeBody {
  const ids = { UserID: m.userid, ...(newUserId ? { NewUserID: newUserId } : {}), Department: m.department.join(',') };
  if (reduced) return { ChangeType: changeType, ...ids };
  return {
    ChangeType: changeType,
    ...ids,
    MainDepartment: m.main_department,
    IsLeaderInDept: m.is_leader_in_dept.join(','),
    DirectLeader: m.direct_leader.join(','),
    Name: m.name,
    Position: m.position,
    Mobile: m.mobile,
    Gender: Number(m.gender),
    Email: m.email,
    BizMail: m.biz_mail,
    Status: m.status,
    Alias: m.alias,
    Telephone: m.telephone,
    Address: m.address,
  };
}

export function deleteUserChange(userid: string): ChangeBody {
  return { ChangeType: 'delete_user', UserID: userid };
}

export function partyChange(changeType: 'create_party' | 'update_party', d: Department): ChangeBody {
  if (changeType === 'create_party') return { ChangeType: changeType, Id: d.id, Name: d.name, ParentId: d.parentid, Order: d.order };
  return { ChangeType: changeType, Id: d.id, Name: d.name, ParentId: d.parentid };
}

export function deletePartyChange(id: number): ChangeBody {
  return { ChangeType: 'delete_party', Id: id };
}

export function tagChange(t: WecomTag, delta: { addUsers?: string[]; delUsers?: string[]; addParties?: number[]; delParties?: number[] }): ChangeBody {
  return {
    ChangeType: 'update_tag',
    TagId: t.tagid,
    ...(delta.addUsers?.length ? { AddUserItems: delta.addUsers.join(',') } : {}),
    ...(delta.delUsers?.length ? { DelUserItems: delta.delUsers.join(',') } : {}),
    ...(delta.addParties?.length ? { AddPartyItems: delta.addParties.join(',') } : {}),
    ...(delta.delParties?.length ? { DelPartyItems: delta.delParties.join(',') } : {}),
  };
}

/** batch_job_result (A1 step 4). */
export function batchJobResult(corp: CorpState, createTime: number, job: { jobid: string; type: string; errcode: number; errmsg: string }): XmlObject {
  return {
    ToUserName: corp.corpId,
    FromUserName: 'sys',
    CreateTime: createTime,
    MsgType: 'event',
    Event: 'batch_job_result',
    BatchJob: { JobId: job.jobid, JobType: job.type, ErrCode: job.errcode, ErrMsg: job.errmsg },
  };
}
