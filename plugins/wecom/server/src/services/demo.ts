import type { Core } from '@strapi/strapi';
import { services } from '../lib/services';
import { UID } from '../lib/uids';

/** The sandbox's demo corp (sandbox/README.md "The demo corp"), copied as data. */
export const DEMO_CORP_DATA = {
  corpId: 'ww5a0d7e3c1b9f0c01',
  name: 'WeDraw 演示企业',
  contactsSecret: 'WeDrawSandboxContactsSecret0000000000000001',
  customerSecret: 'WeDrawSandboxCustomerSecret0000000000000001',
  apps: [{ agentId: 1000002, name: 'WeDraw 消息平台', secret: 'WeDrawSandboxAppSecret0000000000000001000002' }],
  callbackToken: 'wedraw_sandbox_wecom',
  encodingAESKey: 'WeDrawSandboxWeComContactsAESKey00000000001',
} as const;

export const DEMO_ACCOUNT = { code: 'demo-wecom-app', name: 'WeDraw 消息平台（演示）', corpId: DEMO_CORP_DATA.corpId, agentId: 1000002 };

/** The demo corp's default welcome message (欢迎语), written when the corp has none. */
export const DEMO_WELCOME_RULE = {
  name: '默认欢迎语',
  isDefault: true,
  text: '{{客户昵称}}，你好！欢迎关注 WeDraw，积分商城每天都有新品，有问题随时找我。',
  attachments: [{ msgtype: 'link', link: { title: 'WeDraw 积分商城', desc: '签到领积分，好礼兑不停', url: 'https://wedraw.example.com/mall' } }],
};

/** The sandbox corp's group robot (sandbox/README.md: 「运营通知群机器人」 and its key). */
export const DEMO_ROBOT = {
  code: 'demo-wecom-robot',
  name: '运营通知群机器人',
  corpId: DEMO_CORP_DATA.corpId,
  webhook: '5a0d7e3c-0000-4000-8000-000000000001',
  chatName: '运营通知群',
};

/** A channel welcome rule (联系我 QR codes with State `store-…`). */
export const DEMO_STORE_RULE = {
  name: '门店扫码欢迎语',
  statePrefix: 'store',
  text: '{{客户昵称}}，欢迎来到 WeDraw 门店！到店出示本消息可领一份小礼物。',
  attachments: [],
};

/** Demo customers (客户) and the customer groups (客户群) they are in, made in the sandbox as WeCom's clients would. */
const DEMO_CUSTOMERS = ['林小鹿', '陈阿青', '王米粒', '赵小禾', '周小满', '吴一一', '郑可可', '孙多多'];
const DEMO_GROUPS = [
  { name: 'WeDraw 会员福利群', ownerIndex: 0, members: [0, 1, 2, 3], joinNextDay: [4], leaveLastDay: [1] },
  { name: '门店新品体验群', ownerIndex: 1, members: [5, 6], joinNextDay: [7, 2], leaveLastDay: [] },
];
const DAY = 86_400;

type People = { customers: number | string; groups: number | string; welcomeRules?: number };
type SeedResult = { corps: number; accounts: number; robots: number; welcomeRules: number; customers?: number | string; groups?: number | string };

/**
 * Idempotent demo data: the sandbox's corp (apiBase = the sandbox), one app account, one group robot,
 * a default welcome rule; with `customers` (`npm run seed`) also a channel welcome rule, demo customers
 * and customer groups.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async seed(sandboxUrl: string, options: { customers?: boolean } = {}): Promise<SeedResult> {
    const existing = (await strapi.db.query(UID.corp).findOne({ where: { corpId: DEMO_CORP_DATA.corpId } })) as { documentId: string } | null;
    await services(strapi).corps.save({ ...DEMO_CORP_DATA, apps: [...DEMO_CORP_DATA.apps], apiBase: sandboxUrl }, existing?.documentId);
    const account = await strapi.db.query(UID.account).findOne({ where: { code: DEMO_ACCOUNT.code } });
    if (!account) await services(strapi).accounts.create(DEMO_ACCOUNT, 'system::seed');
    const rules = await strapi.db.query(UID.welcomeRule).count({ where: { corpId: DEMO_CORP_DATA.corpId } });
    if (!rules) await services(strapi).welcomeRules.create(DEMO_CORP_DATA.corpId, DEMO_WELCOME_RULE, 'system::seed');
    const robot = await services(strapi).robots.find(DEMO_ROBOT.code);
    if (!robot) await services(strapi).robots.create(DEMO_ROBOT, 'system::seed');
    const people = options.customers ? await this.seedCustomers(sandboxUrl) : {};
    return { corps: 1, accounts: account ? 0 : 1, robots: robot ? 0 : 1, welcomeRules: rules ? 0 : 1, ...people };
  },

  /**
   * Customers and customer groups, once per database: made through the sandbox's client actions over
   * the last three (sandbox) days, so the mirror, the members' join times and WeCom's daily group
   * statistics are real; then pulled like an operator's 同步 (customers, groups, statistics). Without
   * a sandbox nothing is made and the answer says why.
   */
  async seedCustomers(sandboxUrl: string): Promise<People> {
    const corpId = DEMO_CORP_DATA.corpId;
    const channelRule = await strapi.db.query(UID.welcomeRule).findOne({ where: { corpId, statePrefix: DEMO_STORE_RULE.statePrefix } });
    if (!channelRule) await services(strapi).welcomeRules.create(corpId, DEMO_STORE_RULE, 'system::seed');
    if (await strapi.db.query(UID.customer).count({ where: { corpId } })) return { customers: 0, groups: 0 };
    const call = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${sandboxUrl}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!res.ok) throw new Error(`sandbox ${method} ${path}: HTTP ${res.status}`);
      return (await res.json()) as T;
    };
    let members: { userid: string; status: number }[];
    try {
      members = (await call<{ members: { userid: string; status: number }[] }>('GET', `/_sandbox/wecom/${corpId}/members?limit=20`)).members;
    } catch (err) {
      strapi.log.warn(`[wecom] demo customers not made: ${(err as Error).message}`);
      return { customers: 'skipped (no sandbox)', groups: 'skipped (no sandbox)' };
    }
    const owners = members.filter((m) => m.status === 1).map((m) => m.userid);
    const client = (path: string, body: unknown) => call<Record<string, any>>('POST', `/_sandbox/wecom/${corpId}/client${path}`, body);
    const clock = (days: number) => call('POST', '/_sandbox/clock', { advanceSeconds: days * DAY });
    await clock(-3);
    try {
      const customers: string[] = [];
      for (const [i, name] of DEMO_CUSTOMERS.entries())
        customers.push(
          (await client('/add-customer', { userid: owners[i % 2], name, state: i % 3 === 0 ? 'store-01' : undefined, welcomeCode: false })).customer
            .external_userid,
        );
      const chats = [];
      for (const g of DEMO_GROUPS)
        chats.push(
          (await client('/groups', { owner: owners[g.ownerIndex], name: g.name, members: g.members.map((m) => customers[m]) })).group.chat_id as string,
        );
      await clock(1);
      for (const [i, g] of DEMO_GROUPS.entries()) for (const m of g.joinNextDay) await client(`/groups/${chats[i]}/join`, { externalUserid: customers[m] });
      await clock(1);
      for (const [i, g] of DEMO_GROUPS.entries()) for (const m of g.leaveLastDay) await client(`/groups/${chats[i]}/leave`, { externalUserid: customers[m] });
    } finally {
      await clock(1);
    }
    const pulled = await services(strapi).customersSync.run(corpId);
    const groups = await services(strapi).groupsSync.run(corpId);
    await services(strapi).groupStats.pull(corpId);
    return { customers: pulled.customers, groups: groups.groups, welcomeRules: channelRule ? 0 : 1 };
  },
});
