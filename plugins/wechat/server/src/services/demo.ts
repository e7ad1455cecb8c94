import type { Core } from '@strapi/strapi';
import { services } from '../lib/services';
import { UID } from '../lib/uids';

/** The sandbox's demo apps (sandbox/README.md "Demo data and credentials"), copied as data. */
export const DEMO_APP_DATA = [
  {
    name: 'WeDraw 演示服务号',
    kind: 'official',
    appId: 'wx5a0d7e3c1b9f0001',
    secret: '7c1e4a9b2d3f5e6a8b0c1d2e3f4a0001',
    token: 'wedraw_sandbox_oa',
    encodingAESKey: 'WeDrawSandboxOfficialAccountAESKey000000001',
  },
  {
    name: 'WeDraw 演示小程序',
    kind: 'miniprogram',
    appId: 'wx5a0d7e3c1b9f0002',
    secret: '7c1e4a9b2d3f5e6a8b0c1d2e3f4a0002',
    token: 'wedraw_sandbox_mp',
    encodingAESKey: 'WeDrawSandboxMiniProgramAESKey0000000000002',
  },
] as const;

const OA_APP_ID = DEMO_APP_DATA[0].appId;

export const DEMO_REPLIES = [
  {
    name: '关注回复',
    kind: 'subscribe',
    contentType: 'text',
    text: '欢迎关注 WeDraw 演示服务号！点击菜单「每日签到」领取积分，积分可在商城兑换好礼。',
    priority: 0,
  },
  {
    name: '关键词：积分',
    kind: 'keyword',
    matchType: 'contains',
    keywords: ['积分', '签到'],
    contentType: 'text',
    text: '每日签到可得积分，连续签到还有额外奖励。进入「积分商城」即可兑换。',
    priority: 10,
  },
  { name: '默认回复', kind: 'default', contentType: 'text', text: '收到您的消息啦，客服会尽快回复。回复「积分」了解积分玩法。', priority: 0 },
] as const;

/** Idempotent demo data: the sandbox's two apps (apiBase = the sandbox) and three auto-replies. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async seed(sandboxUrl: string): Promise<{ apps: number; replies: number }> {
    const apps = services(strapi).apps;
    for (const demo of DEMO_APP_DATA) {
      const existing = (await strapi.db.query(UID.app).findOne({ where: { appId: demo.appId } })) as { documentId: string } | null;
      await apps.save({ ...demo, messageMode: 'safe', apiBase: sandboxUrl }, existing?.documentId);
    }
    let replies = 0;
    for (const reply of DEMO_REPLIES) {
      const existing = await strapi.db.query(UID.reply).findOne({ where: { appId: OA_APP_ID, name: reply.name } });
      if (existing) continue;
      await strapi.db.query(UID.reply).create({ data: { ...reply, appId: OA_APP_ID, enabled: true } });
      replies += 1;
    }
    return { apps: DEMO_APP_DATA.length, replies };
  },
});
