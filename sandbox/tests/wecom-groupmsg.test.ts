import { useSandbox } from './helpers';
import { admin, CORP, Qy } from './wecom-helpers';

const t = useSandbox({}, { resetEach: true });
const qy = () => new Qy(t.wx);
const member = async (i = 0) => (await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members?limit=5`)).body.members[i].userid as string;
const addCustomer = async (userid: string) =>
  (await admin(t.sb.url, 'POST', `/_sandbox/wecom/${CORP.corpId}/client/add-customer`, { userid, welcomeCode: false })).body.customer.external_userid as string;

describe('WeCom 客户群发 (add_msg_template)', () => {
  test('creates a task that sends nothing until the sender confirms it; results read back per customer', async () => {
    const [zhang, li] = [await member(0), await member(1)];
    const mine = [await addCustomer(zhang), await addCustomer(zhang)];
    const theirs = await addCustomer(li);
    const token = await qy().token(CORP.customerSecret);
    const created = await qy().post('/cgi-bin/externalcontact/add_msg_template', token, {
      chat_type: 'single',
      external_userid: [...mine, theirs],
      sender: zhang,
      text: { content: '会员日：积分兑换 8 折' },
    });
    expect(created).toMatchObject({ errcode: 0, fail_list: [theirs], msgid: expect.stringMatching(/^msg/) });
    const results = () => qy().post('/cgi-bin/externalcontact/get_groupmsg_send_result', token, { msgid: created.msgid, userid: zhang });
    expect((await results()).send_list.map((r: { status: number }) => r.status)).toEqual([0, 0]);
    expect((await admin(t.sb.url, 'GET', `/_sandbox/wecom/messages?corpId=${CORP.corpId}&kind=customer`)).body).toHaveLength(0);

    const confirmed = await admin(t.sb.url, 'POST', `/_sandbox/wecom/${CORP.corpId}/client/confirm-groupmsg`, { msgid: created.msgid });
    expect(confirmed.status).toBe(200);
    const after = (await results()).send_list;
    expect(after).toEqual(mine.map((id) => expect.objectContaining({ external_userid: id, userid: zhang, status: 1 })));
    expect(after[0].send_time).toBeGreaterThan(0);
    const served = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/messages?corpId=${CORP.corpId}&kind=customer`)).body;
    expect(served).toEqual([expect.objectContaining({ touser: mine })]);
  });

  test("WeCom's refusals: no sender 41009; no customers, nothing to send or a group chat 40058; another member's task 40058", async () => {
    const zhang = await member(0);
    const customer = await addCustomer(zhang);
    const token = await qy().token(CORP.customerSecret);
    const add = (body: Record<string, unknown>) => qy().post('/cgi-bin/externalcontact/add_msg_template', token, body);
    expect((await add({ external_userid: [customer], text: { content: 'x' } })).errcode).toBe(41009);
    expect((await add({ sender: zhang, external_userid: [], text: { content: 'x' } })).errcode).toBe(40058);
    expect((await add({ sender: zhang, external_userid: [customer] })).errcode).toBe(40058);
    expect((await add({ chat_type: 'group', sender: zhang, text: { content: 'x' } })).errcode).toBe(40058);
    const { msgid } = await add({ sender: zhang, external_userid: [customer], text: { content: 'x' } });
    const other = await member(1);
    expect((await qy().post('/cgi-bin/externalcontact/get_groupmsg_send_result', token, { msgid, userid: other })).errcode).toBe(40058);
  });
});
