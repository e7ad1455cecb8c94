import type { Core } from '@strapi/strapi';
import type { XmlFields } from '@wedraw/wechat-protocol';
import { WecomError } from '../clients/wecom-client';
import { services } from '../lib/services';
import type { WecomCorp } from './corps';
import type { WecomMember } from './directory';

const ids = (text: string | undefined): number[] | undefined =>
  text === undefined
    ? undefined
    : text
        .split(',')
        .map((s) => Number(s.trim()))
        .filter((n) => Number.isInteger(n) && n > 0);

const num = (text: string | undefined): number | undefined => (text === undefined || text === '' ? undefined : Number(text));

/** The member fields a create_user / update_user push carries (only the changed ones, or just UserID + Department). */
function memberOf(msg: XmlFields): WecomMember {
  return {
    userid: msg.NewUserID || msg.UserID || '',
    name: msg.Name,
    department: ids(msg.Department),
    main_department: num(msg.MainDepartment),
    position: msg.Position,
    mobile: msg.Mobile,
    email: msg.Email,
    gender: msg.Gender,
    alias: msg.Alias,
    status: num(msg.Status),
  };
}

/**
 * `change_contact` pushes applied to the mirror. A user event without the member's name (URLs set
 * after 2022-08-15 get only UserID and Department) re-reads the member; a tag event re-reads the
 * whole tag, so tag and user events converge in whatever order WeCom delivers them.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const directory = () => services(strapi).directory;
  const contacts = (corp: WecomCorp) => services(strapi).clients.client(corp, 'contacts');

  async function upsertUser(corp: WecomCorp, msg: XmlFields): Promise<void> {
    let member = memberOf(msg);
    if (msg.NewUserID && msg.UserID && msg.NewUserID !== msg.UserID) await directory().renameMember(corp.corpId, msg.UserID, msg.NewUserID);
    if (member.name === undefined && corp.contactsSecret) {
      try {
        member = { ...member, ...(await contacts(corp).get<WecomMember>('/cgi-bin/user/get', { userid: member.userid })) };
      } catch (err) {
        if (!(err instanceof WecomError) || err.errcode !== 48009) throw err; // the detail stays unread; department is known
      }
    }
    await directory().upsertMembers(corp.corpId, [member], null);
  }

  async function rereadTag(corp: WecomCorp, tagId: number): Promise<void> {
    try {
      const got = await contacts(corp).get<{ tagname: string; userlist: { userid: string }[]; partylist: number[] }>('/cgi-bin/tag/get', { tagid: tagId });
      await directory().upsertTag(
        corp.corpId,
        { tagid: tagId, tagname: got.tagname, userIds: got.userlist.map((u) => u.userid), partyIds: got.partylist ?? [] },
        null,
      );
    } catch (err) {
      if (!(err instanceof WecomError) || err.errcode !== 40068) throw err;
      await strapi.db.query('plugin::wecom.tag').deleteMany({ where: { key: `${corp.corpId}:${tagId}` } });
    }
  }

  return {
    async apply(corp: WecomCorp, msg: XmlFields): Promise<void> {
      switch (msg.ChangeType) {
        case 'create_user':
        case 'update_user':
          return upsertUser(corp, msg);
        case 'delete_user':
          return directory().removeMember(corp.corpId, msg.UserID ?? '');
        case 'create_party':
        case 'update_party':
          return directory().upsertDepartments(corp.corpId, [{ id: Number(msg.Id), name: msg.Name, parentid: num(msg.ParentId), order: num(msg.Order) }], null);
        case 'delete_party':
          return directory().removeDepartment(corp.corpId, Number(msg.Id));
        case 'update_tag':
          return rereadTag(corp, Number(msg.TagId));
        default:
          return;
      }
    },
  };
};
