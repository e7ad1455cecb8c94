import type { Core } from '@strapi/strapi';
import { businessError, createOrReread, notFound } from '@wedraw/kit';
import { errcodeOf, wechatUnavailable } from '../lib/errors';
import { explainMenuErrcode } from './menu-errcodes';
import { invalidMenu } from './menu-errors';
import { menuProblems, menuShape, normaliseMenu, type MenuButton, type MenuProblem } from './menu-rules';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import type { WechatApi } from './clients';

/** co-wechat-api's menu calls (the shared client interface types only what other features use). */
type MenuApi = WechatApi & { createMenu(menu: { button: MenuButton[] }): Promise<unknown> };

interface MenuRow {
  id: number;
  appId: string;
  draftButtons: MenuButton[] | null;
  draftUpdatedAt: string | null;
  draftUpdatedBy: string | null;
  liveButtons: MenuButton[] | null;
  lastPublishedAt: string | null;
  lastPublishedBy: string | null;
  lastPulledAt: string | null;
  lastError: MenuError | null;
}

export interface MenuError {
  action: 'publish' | 'pull';
  errcode: number | null;
  errmsg: string | null;
  message: string;
  at: string;
  by: string;
}

/** What the editor and API tokens read: the draft, the live menu as last published or pulled, and the state. */
export interface MenuView {
  appId: string;
  draft: { button: MenuButton[] };
  live: { button: MenuButton[] } | null;
  problems: MenuProblem[];
  unpublishedChanges: boolean;
  draftUpdatedAt: string | null;
  draftUpdatedBy: string | null;
  lastPublishedAt: string | null;
  lastPublishedBy: string | null;
  lastPulledAt: string | null;
  lastError: MenuError | null;
}

const NO_MENU = 46003;
const same = (a: MenuButton[], b: MenuButton[]) => JSON.stringify(normaliseMenu(a)) === JSON.stringify(normaliseMenu(b));

function toView(row: MenuRow): MenuView {
  const draft = row.draftButtons ?? [];
  const live = row.liveButtons;
  return {
    appId: row.appId,
    draft: { button: draft },
    live: live ? { button: live } : null,
    problems: menuProblems({ button: draft }),
    unpublishedChanges: !live || !same(draft, live),
    draftUpdatedAt: row.draftUpdatedAt,
    draftUpdatedBy: row.draftUpdatedBy,
    lastPublishedAt: row.lastPublishedAt,
    lastPublishedBy: row.lastPublishedBy,
    lastPulledAt: row.lastPulledAt,
    lastError: row.lastError,
  };
}

/**
 * The custom menu of each Official Account: a draft the operator edits, validated against WeChat's
 * limits before any call, published with menu/create, and the live menu pulled with menu/get.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const menus = () => strapi.db.query(UID.menu);

  async function officialApp(appId: string): Promise<void> {
    const app = await services(strapi).apps.get(appId);
    if (!app) throw notFound('公众号不存在');
    if (app.kind !== 'official') throw businessError('NotOfficialAccount', '只有公众号有自定义菜单，小程序没有');
  }

  async function rowOf(appId: string): Promise<MenuRow> {
    await officialApp(appId);
    const find = () => menus().findOne({ where: { appId } }) as Promise<MenuRow | null>;
    return (await find()) ?? createOrReread(() => menus().create({ data: { appId, draftButtons: [] } }) as Promise<MenuRow>, find);
  }

  const update = async (row: MenuRow, data: Partial<Omit<MenuRow, 'id' | 'appId'>>): Promise<MenuView> =>
    toView((await menus().update({ where: { id: row.id }, data })) as MenuRow);

  /** Runs a WeChat call; a refusal becomes 409 MenuRejected in Chinese, no answer 502; both are kept in lastError. */
  async function callWechat<T>(row: MenuRow, action: MenuError['action'], by: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      const errcode = errcodeOf(err) ?? null;
      if (action === 'pull' && errcode === NO_MENU) throw err;
      const errmsg = errcode === null ? null : String((err as Error).message ?? '');
      const message = errcode === null ? '微信服务暂时不可用，请稍后再试' : explainMenuErrcode(errcode, errmsg ?? undefined);
      await menus().update({ where: { id: row.id }, data: { lastError: { action, errcode, errmsg, message, at: new Date().toISOString(), by } } });
      if (errcode === null) throw wechatUnavailable();
      throw businessError('MenuRejected', message, { errcode, errmsg });
    }
  }

  return {
    async get(appId: string): Promise<MenuView> {
      return toView(await rowOf(appId));
    },

    /** Saves the draft: its shape is checked (counts, types); incomplete buttons are allowed and listed in `problems`. */
    async saveDraft(appId: string, body: unknown, by: string): Promise<MenuView> {
      const parsed = menuShape.safeParse(body);
      if (!parsed.success) throw invalidMenu(menuProblems(body));
      const row = await rowOf(appId);
      return update(row, { draftButtons: normaliseMenu(parsed.data.button as MenuButton[]), draftUpdatedAt: new Date().toISOString(), draftUpdatedBy: by });
    },

    /** Publishes the saved draft: every rule checked first (400, WeChat not called), then menu/create. */
    async publish(appId: string, by: string): Promise<MenuView> {
      const row = await rowOf(appId);
      const draft = row.draftButtons ?? [];
      const problems = menuProblems({ button: draft });
      if (problems.length > 0) throw invalidMenu(problems);
      const button = normaliseMenu(draft);
      const api = (await services(strapi).clients.forApp(appId)) as MenuApi;
      await callWechat(row, 'publish', by, () => api.createMenu({ button }));
      return update(row, { liveButtons: button, lastPublishedAt: new Date().toISOString(), lastPublishedBy: by, lastError: null });
    },

    /** Reads the live menu from WeChat (menu/get; 46003 = no menu); `replaceDraft` copies it into the draft. */
    async pull(appId: string, replaceDraft: boolean, by: string): Promise<MenuView> {
      const row = await rowOf(appId);
      const api = await services(strapi).clients.forApp(appId);
      let live: MenuButton[];
      try {
        const answer = (await callWechat(row, 'pull', by, () => api.getMenu())) as { menu?: { button?: MenuButton[] } };
        live = normaliseMenu(answer.menu?.button ?? []);
      } catch (err) {
        if (errcodeOf(err) !== NO_MENU) throw err;
        live = [];
      }
      const now = new Date().toISOString();
      const draft = replaceDraft ? { draftButtons: live, draftUpdatedAt: now, draftUpdatedBy: by } : {};
      return update(row, { liveButtons: live, lastPulledAt: now, lastError: null, ...draft });
    },
  };
};
