import { useSandbox } from './helpers';
import { admin, CORP, Qy } from './wecom-helpers';

const t = useSandbox({}, { resetEach: true });
const qy = () => new Qy(t.wx);
const base = `/_sandbox/wecom/${CORP.corpId}/client`;
const DAY = 86_400;
const dayFloor = (s: number) => Math.floor((s + 8 * 3600) / DAY) * DAY - 8 * 3600;
const clock = async () => (await admin(t.sb.url, 'GET', '/_sandbox/clock')).body as { now: number };
const advanceDays = (days: number) => admin(t.sb.url, 'POST', '/_sandbox/clock', { advanceSeconds: days * DAY });

describe('WeCom group statistics (群聊数据统计)', () => {
  test('by owner and by day from the groups history; WeCom date rules give 600018', async () => {
    const users = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members?limit=2`)).body.members.map((m: { userid: string }) => m.userid);
    const customers: string[] = [];
    for (const name of ['小鹿', '阿青', '米粒'])
      customers.push((await admin(t.sb.url, 'POST', `${base}/add-customer`, { userid: users[0], name, welcomeCode: false })).body.customer.external_userid);
    const day1 = dayFloor(Math.floor((await clock()).now / 1000));
    const g1 = (await admin(t.sb.url, 'POST', `${base}/groups`, { owner: users[0], name: '福利群', members: [customers[0], customers[1]] })).body.group.chat_id;
    await admin(t.sb.url, 'POST', `${base}/groups`, { owner: users[1], name: '直播群', members: [customers[2]] });
    await advanceDays(1);
    const day2 = day1 + DAY;
    await admin(t.sb.url, 'POST', `${base}/groups/${g1}/join`, { externalUserid: customers[2] });
    await admin(t.sb.url, 'POST', `${base}/groups/${g1}/leave`, { externalUserid: customers[0] });
    await advanceDays(1);

    const token = await qy().token(CORP.customerSecret);
    const stat = (body: unknown) => qy().post('/cgi-bin/externalcontact/groupchat/statistic', token, body);
    const byDay = (body: unknown) => qy().post('/cgi-bin/externalcontact/groupchat/statistic_group_by_day', token, body);

    // Day 1: two new groups (3 + 2 members); day 2: one join and one leave in 福利群.
    const first = await stat({ day_begin_time: day1 + 5 * 3600, owner_filter: { userid_list: [users[0]] } });
    expect(first.items).toEqual([
      { owner: users[0], data: expect.objectContaining({ new_chat_cnt: 1, chat_total: 1, new_member_cnt: 3, member_total: 3, msg_total: 0 }) },
    ]);
    const both = await stat({ day_begin_time: day1, day_end_time: day2, order_by: 4 });
    expect(both).toMatchObject({ errcode: 0, total: 2, next_offset: 0 });
    expect(
      both.items.map((i: { owner: string; data: { new_chat_cnt: number; new_member_cnt: number; member_total: number } }) => [
        i.owner,
        i.data.new_chat_cnt,
        i.data.new_member_cnt,
        i.data.member_total,
      ]),
    ).toEqual([
      [users[0], 1, 4, 3],
      [users[1], 1, 2, 2],
    ]);
    const paged = await stat({ day_begin_time: day1, order_by: 4, order_asc: 1, limit: 1 });
    expect(paged).toMatchObject({ total: 2, next_offset: 1, items: [{ owner: users[1] }] });

    const days = await byDay({ day_begin_time: day1, day_end_time: day2 });
    expect(
      days.items.map((i: { stat_time: number; data: { new_chat_cnt: number; chat_total: number; new_member_cnt: number; member_total: number } }) => [
        i.stat_time,
        i.data.new_chat_cnt,
        i.data.chat_total,
        i.data.new_member_cnt,
        i.data.member_total,
      ]),
    ).toEqual([
      [day1, 2, 2, 5, 5],
      [day2, 0, 2, 1, 5],
    ]);

    const today = day2 + DAY;
    expect((await stat({ day_begin_time: today })).errcode).toBe(600018);
    expect((await byDay({ day_begin_time: day2, day_end_time: today })).errcode).toBe(600018);
    expect((await byDay({ day_begin_time: day2, day_end_time: day1 })).errcode).toBe(600018);
    expect((await byDay({ day_begin_time: today - 181 * DAY })).errcode).toBe(600018);
    expect((await byDay({ day_begin_time: day2 - 30 * DAY, day_end_time: day2 })).errcode).toBe(600018);
    expect((await byDay({ day_begin_time: day2 - 29 * DAY, day_end_time: day2 })).items).toHaveLength(30);
    expect((await stat({ day_begin_time: day1, limit: 1001 })).errcode).toBe(40058);
    expect((await stat({ day_begin_time: day1, owner_filter: { userid_list: Array.from({ length: 101 }, (_, i) => `u${i}`) } })).errcode).toBe(40058);
  });
});
