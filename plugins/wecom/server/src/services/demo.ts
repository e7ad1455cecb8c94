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

/** Idempotent demo data: the sandbox's corp (apiBase = the sandbox), one app account, one group robot, a default welcome rule. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async seed(sandboxUrl: string): Promise<{ corps: number; accounts: number; robots: number; welcomeRules: number }> {
    const existing = (await strapi.db.query(UID.corp).findOne({ where: { corpId: DEMO_CORP_DATA.corpId } })) as { documentId: string } | null;
    await services(strapi).corps.save({ ...DEMO_CORP_DATA, apps: [...DEMO_CORP_DATA.apps], apiBase: sandboxUrl }, existing?.documentId);
    const account = await strapi.db.query(UID.account).findOne({ where: { code: DEMO_ACCOUNT.code } });
    if (!account) await services(strapi).accounts.create(DEMO_ACCOUNT, 'system::seed');
    const rules = await strapi.db.query(UID.welcomeRule).count({ where: { corpId: DEMO_CORP_DATA.corpId } });
    if (!rules) await services(strapi).welcomeRules.create(DEMO_CORP_DATA.corpId, DEMO_WELCOME_RULE, 'system::seed');
    const robot = await services(strapi).robots.find(DEMO_ROBOT.code);
    if (!robot) await services(strapi).robots.create(DEMO_ROBOT, 'system::seed');
    return { corps: 1, accounts: account ? 0 : 1, robots: robot ? 0 : 1, welcomeRules: rules ? 0 : 1 };
  },
});
