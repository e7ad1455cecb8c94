import { openWecomMessage } from '../src';
import { receiver, useSandbox } from './helpers';
import { admin, CORP, Qy } from './wecom-helpers';

const t = useSandbox({}, { resetEach: true });
const qy = () => new Qy(t.wx);
const crypt = { corpId: CORP.corpId, token: CORP.callbackToken, encodingAESKey: CORP.encodingAESKey };

describe('WeCom customer tags (企业客户标签)', () => {
  test('the tag library, mark_tag without a push, and a member tagging in the client with edit_external_contact', async () => {
    const got: Record<string, unknown>[] = [];
    const r = await receiver((req, res) => {
      if (req.method === 'POST') got.push(openWecomMessage(crypt, req.query, req.body));
      res.end('');
    });
    try {
      await admin(t.sb.url, 'PUT', `/_sandbox/wecom/${CORP.corpId}/callback`, { url: r.url, verify: false });
      const userid = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members?limit=1`)).body.members[0].userid as string;
      const ext = (await admin(t.sb.url, 'POST', `/_sandbox/wecom/${CORP.corpId}/client/add-customer`, { userid, name: '小鹿', welcomeCode: false })).body
        .customer.external_userid as string;
      const token = await qy().token(CORP.customerSecret);

      const lib = await qy().post('/cgi-bin/externalcontact/get_corp_tag_list', token, {});
      expect(lib.tag_group.map((g: { group_name: string; tag: { name: string }[] }) => [g.group_name, g.tag.map((x) => x.name)])).toEqual([
        ['客户等级', ['VIP', '普通客户']],
        ['来源', ['门店', '直播间']],
      ]);
      expect((await qy().post('/cgi-bin/externalcontact/get_corp_tag_list', token, { tag_id: ['etTagLive'] })).tag_group).toHaveLength(1);

      expect((await qy().post('/cgi-bin/externalcontact/mark_tag', token, { userid, external_userid: ext, add_tag: ['etTagVip'] })).errcode).toBe(0);
      expect((await qy().post('/cgi-bin/externalcontact/mark_tag', token, { userid, external_userid: ext, add_tag: ['nope'] })).errcode).toBe(40068);
      const tagged = await admin(t.sb.url, 'POST', `/_sandbox/wecom/${CORP.corpId}/client/customers/${ext}/tags`, {
        userid,
        add: ['etTagLive'],
        remove: ['etTagVip'],
      });
      expect(tagged.status).toBe(200);
      const detail = await qy().get('/cgi-bin/externalcontact/get', token, { external_userid: ext });
      expect(detail.follow_user[0].tags).toEqual([{ group_name: '来源', tag_name: '直播间', type: 1, tag_id: 'etTagLive' }]);
      // The API call pushed nothing; the client action pushed edit_external_contact.
      expect(got.map((m) => m.ChangeType)).toEqual(['add_external_contact', 'edit_external_contact']);
    } finally {
      await r.close();
    }
  });
});
