import type { MenuButton, Template } from './types';

/** The demo OA's template messages (what get_all_private_template lists). */
export const DEMO_TEMPLATES: Template[] = [
  {
    template_id: 'WdPointsChange_7Kq2nT0bQ8sFZc1uYvX5aRmL3pEw',
    title: '积分变动提醒',
    primary_industry: '消费品',
    deputy_industry: '消费品',
    content: '{{first.DATA}}\n变动积分：{{keyword1.DATA}}\n当前积分：{{keyword2.DATA}}\n变动时间：{{keyword3.DATA}}\n{{remark.DATA}}',
    example: '您的积分发生变动\n变动积分：+10\n当前积分：120\n变动时间：2025-01-01 10:00\n感谢您的支持',
  },
  {
    template_id: 'WdExchangeOk_9Hx4vB2cN6mQ1rT8yU3iO5pA7sDf',
    title: '兑换成功通知',
    primary_industry: '消费品',
    deputy_industry: '消费品',
    content: '{{first.DATA}}\n商品名称：{{keyword1.DATA}}\n消耗积分：{{keyword2.DATA}}\n订单编号：{{keyword3.DATA}}\n{{remark.DATA}}',
    example: '恭喜您兑换成功\n商品名称：保温杯\n消耗积分：300\n订单编号：EX202501010001\n我们将尽快为您发货',
  },
  {
    template_id: 'WdShipped_3Lk8jH5gF2dS9aP1oI7uY4tR6eWqZxCv',
    title: '订单发货提醒',
    primary_industry: '消费品',
    deputy_industry: '消费品',
    content: '{{first.DATA}}\n快递公司：{{keyword1.DATA}}\n快递单号：{{keyword2.DATA}}\n订单编号：{{keyword3.DATA}}\n{{remark.DATA}}',
    example: '您兑换的商品已发货\n快递公司：顺丰速运\n快递单号：SF1234567890\n订单编号：EX202501010001\n请留意查收',
  },
];

/** The demo mini program's subscribe message template. */
export const DEMO_SUBSCRIBE_TEMPLATES: Template[] = [
  {
    template_id: 'WdMpExchange_5Tg7Yh2Uj9Ik4Ol1Pz6Xc3Vb8Nm0Qw',
    title: '兑换成功提醒',
    primary_industry: '',
    deputy_industry: '',
    content: '商品名称:{{thing1.DATA}}\n消耗积分:{{number2.DATA}}\n订单编号:{{character_string3.DATA}}\n',
    example: '商品名称:保温杯\n消耗积分:300\n订单编号:EX202501010001\n',
  },
];

/** Tags of the demo OA (id 2 is WeChat's reserved 星标组). */
export const DEMO_TAGS: { id: number; name: string; share: number }[] = [
  { id: 2, name: '星标组', share: 0.02 },
  { id: 100, name: 'VIP会员', share: 0.15 },
  { id: 101, name: '新客', share: 0.3 },
  { id: 102, name: '积分达人', share: 0.1 },
  { id: 103, name: '上海', share: 0.2 },
  { id: 104, name: '北京', share: 0.2 },
];

/** The menu published on the demo OA at start (the CMS can replace or delete it). */
export const DEMO_MENU: MenuButton[] = [
  { type: 'view', name: '积分商城', url: 'http://127.0.0.1:3000/' },
  { type: 'click', name: '每日签到', key: 'CHECKIN' },
  {
    name: '更多',
    sub_button: [
      { type: 'view', name: '我的订单', url: 'http://127.0.0.1:3000/orders' },
      { type: 'click', name: '联系客服', key: 'CONTACT' },
      { type: 'click', name: '关于我们', key: 'ABOUT' },
    ],
  },
];

export const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹'];
export const GIVEN = [...'伟芳娜敏静丽强磊洋艳勇军杰娟涛明超秀霞平刚华玉萍红晨宇欣怡子轩梓涵浩然思琪雨桐'];
export const SUBSCRIBE_SCENES = [
  'ADD_SCENE_SEARCH',
  'ADD_SCENE_QR_CODE',
  'ADD_SCENE_PROFILE_CARD',
  'ADD_SCENE_PROFILE_LINK',
  'ADD_SCENE_ACCOUNT_MIGRATION',
  'ADD_SCENE_OTHERS',
];
