/**
 * Request and response shapes of the menu content-API routes, for the OpenAPI document only
 * (`npm run openapi`; Strapi does not validate custom controllers with them — the menu service
 * does). Built with Strapi's own zod so its generator can read them.
 */
import { z } from '@strapi/utils';
import { BUTTON_TYPES, MENU_LIMITS } from '../services/menu-rules';

const field = (what: string) => z.string().optional().describe(what);
const leaf = {
  name: z.string().describe(`名称：一级 ≤ ${MENU_LIMITS.nameBytes} 字节，子菜单 ≤ ${MENU_LIMITS.subNameBytes} 字节`),
  type: z.enum(BUTTON_TYPES).optional().describe('按钮类型（有子菜单的一级菜单不设）'),
  key: field(`click 等事件类型的 KEY，≤ ${MENU_LIMITS.keyBytes} 字节`),
  url: field(`view / miniprogram 的网页，http(s)，≤ ${MENU_LIMITS.urlBytes} 字节`),
  appid: field('miniprogram：小程序 AppID'),
  pagepath: field('miniprogram：页面路径'),
  media_id: field('media_id / view_limited'),
  article_id: field('article_id / article_view_limited'),
};
const menu = z.object({
  button: z.array(z.object({ ...leaf, sub_button: z.array(z.object(leaf)).max(MENU_LIMITS.subButtons).optional() })).max(MENU_LIMITS.buttons),
});
const reply = z.object({
  id: z.number(),
  documentId: z.string(),
  name: z.string(),
  matchType: z.string(),
  keywords: z.array(z.string()),
  contentType: z.string(),
  preview: z.string(),
  enabled: z.boolean(),
});
const binding = z.object({
  key: z.string(),
  reply: reply.nullable().describe('点击该 KEY 时回复的关键词回复；null 为不回复'),
  action: z.string().nullable().describe('插件在该 KEY 上登记的动作（如「每日签到」）；null 为没有'),
});
const problem = z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() });
const view = z.object({
  appId: z.string(),
  draft: menu,
  live: menu.nullable().describe('线上菜单（上次发布或拉取的结果）；null 为从未发布或拉取'),
  problems: z.array(problem).describe('草稿不符合微信规则之处；非空时不能发布'),
  unpublishedChanges: z.boolean(),
  draftUpdatedAt: z.string().nullable(),
  draftUpdatedBy: z.string().nullable(),
  lastPublishedAt: z.string().nullable(),
  lastPublishedBy: z.string().nullable(),
  lastPulledAt: z.string().nullable(),
  lastError: z
    .object({
      action: z.enum(['publish', 'pull']),
      errcode: z.number().nullable(),
      errmsg: z.string().nullable(),
      message: z.string(),
      at: z.string(),
      by: z.string(),
    })
    .nullable(),
});
const appId = { appId: z.string().describe('公众号 AppID') };
const json = (schema: z.ZodType) => ({ 'application/json': schema });

/** By handler: the route's `request` and `response` for the OpenAPI generator. */
export const MENU_OPENAPI: Record<string, { request: Record<string, unknown>; response: z.ZodType }> = {
  'menus.get': {
    request: { params: appId, query: { keys: z.string().optional().describe('另外要查询回复的 KEY，逗号分隔') } },
    response: z.object({ data: view.extend({ bindings: z.array(binding) }) }),
  },
  'menus.saveDraft': { request: { params: appId, body: json(menu) }, response: z.object({ data: view }) },
  'menus.publish': { request: { params: appId }, response: z.object({ data: view }) },
  'menus.pull': {
    request: { params: appId, body: json(z.object({ replaceDraft: z.boolean().optional().describe('用线上菜单覆盖草稿') })) },
    response: z.object({ data: view }),
  },
  'menus.replyOptions': { request: { params: appId }, response: z.object({ data: z.array(reply) }) },
  'menus.bindClick': {
    request: {
      params: { ...appId, key: z.string() },
      body: json(z.object({ replyId: z.number().int().optional(), text: z.string().optional(), name: z.string().optional() })),
    },
    response: z.object({ data: binding }),
  },
  'menus.unbindClick': { request: { params: { ...appId, key: z.string() } }, response: z.object({ data: binding }) },
};
