/**
 * WeChat custom menu rules (reference §1.2), shared by the server (checked before any WeChat call)
 * and the admin editor (inline errors). Pure: no Node-only imports, so the admin bundle can use it.
 */
import { z } from 'zod';

export const BUTTON_TYPES = [
  'click',
  'view',
  'miniprogram',
  'scancode_push',
  'scancode_waitmsg',
  'pic_sysphoto',
  'pic_photo_or_album',
  'pic_weixin',
  'location_select',
  'media_id',
  'view_limited',
  'article_id',
  'article_view_limited',
] as const;
export type ButtonType = (typeof BUTTON_TYPES)[number];

/** Operator-facing names of the types (admin UI and error messages). */
export const BUTTON_TYPE_LABELS: Record<ButtonType, string> = {
  click: '点击推事件（回复消息）',
  view: '跳转网页',
  miniprogram: '跳转小程序',
  scancode_push: '扫码推事件',
  scancode_waitmsg: '扫码推事件且弹出“消息接收中”',
  pic_sysphoto: '系统拍照发图',
  pic_photo_or_album: '拍照或者相册发图',
  pic_weixin: '微信相册发图',
  location_select: '发送位置',
  media_id: '下发素材消息',
  view_limited: '跳转图文消息 URL',
  article_id: '下发已发布的图文',
  article_view_limited: '跳转已发布的图文',
};

export type ButtonField = 'key' | 'url' | 'appid' | 'pagepath' | 'media_id' | 'article_id';

/** The fields each type needs (WeChat's Body.button table). */
export const FIELDS_BY_TYPE: Record<ButtonType, ButtonField[]> = {
  click: ['key'],
  view: ['url'],
  miniprogram: ['appid', 'pagepath', 'url'],
  scancode_push: ['key'],
  scancode_waitmsg: ['key'],
  pic_sysphoto: ['key'],
  pic_photo_or_album: ['key'],
  pic_weixin: ['key'],
  location_select: ['key'],
  media_id: ['media_id'],
  view_limited: ['media_id'],
  article_id: ['article_id'],
  article_view_limited: ['article_id'],
};

export const FIELD_LABELS: Record<ButtonField | 'name' | 'type', string> = {
  name: '名称',
  type: '类型',
  key: '菜单 KEY',
  url: '网页链接',
  appid: '小程序 AppID',
  pagepath: '小程序页面路径',
  media_id: '素材 media_id',
  article_id: '图文 article_id',
};

export const MENU_LIMITS = { buttons: 3, subButtons: 5, nameBytes: 16, subNameBytes: 60, keyBytes: 128, urlBytes: 1024 } as const;

export interface MenuButton {
  name: string;
  type?: ButtonType;
  key?: string;
  url?: string;
  appid?: string;
  pagepath?: string;
  media_id?: string;
  article_id?: string;
  sub_button?: MenuButton[];
}

export interface MenuProblem {
  /** Where, as a path from the body: ['button', 0, 'sub_button', 2, 'url']. */
  path: (string | number)[];
  message: string;
}

const text = z.string().max(4096, '过长');
const leafShape = {
  name: z.string().max(256, '过长'),
  type: z.enum(BUTTON_TYPES, { errorMap: () => ({ message: '不支持的菜单类型' }) }).optional(),
  key: text.optional(),
  url: text.optional(),
  appid: text.optional(),
  pagepath: text.optional(),
  media_id: text.optional(),
  article_id: text.optional(),
};
const subButton = z.object(leafShape);
const topButton = z.object({ ...leafShape, sub_button: z.array(subButton).max(MENU_LIMITS.subButtons, `子菜单最多 ${MENU_LIMITS.subButtons} 个`).optional() });

/** The shape of a menu body `{button: [...]}`: enough for a draft (work in progress may be incomplete). */
export const menuShape = z.object({ button: z.array(topButton).max(MENU_LIMITS.buttons, `一级菜单最多 ${MENU_LIMITS.buttons} 个`) });

/** UTF-8 byte length (WeChat counts bytes: a Chinese character is 3). */
export const byteLength = (s: string): number => new TextEncoder().encode(s).length;

/** Where a button is, in words: 第2个菜单 / 第2个菜单的第3个子菜单. */
export function placeOf(path: (string | number)[]): string {
  const top = typeof path[1] === 'number' ? `第${path[1] + 1}个菜单` : '菜单';
  return path[2] === 'sub_button' && typeof path[3] === 'number' ? `${top}的第${path[3] + 1}个子菜单` : top;
}

function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return Boolean(new URL(value).host);
  } catch {
    return false;
  }
}

function fieldProblem(field: ButtonField, value: string): string | null {
  if (!value) return '不能为空';
  const size = byteLength(value);
  if (field === 'key' && size > MENU_LIMITS.keyBytes) return `不能超过 ${MENU_LIMITS.keyBytes} 字节（当前 ${size}）`;
  if (field === 'url' && size > MENU_LIMITS.urlBytes) return `不能超过 ${MENU_LIMITS.urlBytes} 字节（当前 ${size}）`;
  if (field === 'url' && !isHttpUrl(value)) return '必须是以 http:// 或 https:// 开头的完整网址';
  if (field === 'appid' && !/^wx[0-9a-zA-Z]{16}$/.test(value)) return '格式不正确（wx 开头的 18 位）';
  return null;
}

function checkField(b: MenuButton, field: ButtonField, at: (string | number)[], out: MenuProblem[]): void {
  const problem = fieldProblem(field, (b[field] ?? '').trim());
  if (problem) out.push({ path: [...at, field], message: `${placeOf(at)}：${FIELD_LABELS[field]}${problem}` });
}

function checkName(b: MenuButton, at: (string | number)[], max: number, out: MenuProblem[]): void {
  const name = b.name.trim();
  const where = placeOf(at);
  if (!name) out.push({ path: [...at, 'name'], message: `${where}：名称不能为空` });
  else if (byteLength(name) > max)
    out.push({ path: [...at, 'name'], message: `${where}：名称不能超过 ${max} 字节（约 ${Math.floor(max / 3)} 个汉字），当前 ${byteLength(name)} 字节` });
}

function checkLeaf(b: MenuButton, at: (string | number)[], out: MenuProblem[]): void {
  if (!b.type) {
    out.push({ path: [...at, 'type'], message: `${placeOf(at)}：请选择菜单类型` });
    return;
  }
  for (const field of FIELDS_BY_TYPE[b.type]) checkField(b, field, at, out);
}

/**
 * Every way the menu breaks WeChat's rules, in Chinese, with the field's path: 1..3 top buttons,
 * each a leaf or a parent of 1..5 sub-buttons; names ≤ 16 / 60 bytes; keys ≤ 128 bytes; URLs
 * http(s) ≤ 1024 bytes; the type's own fields present. An empty list means WeChat should accept it.
 */
export function menuProblems(body: unknown): MenuProblem[] {
  const parsed = menuShape.safeParse(body);
  if (!parsed.success) return parsed.error.issues.map((i) => ({ path: i.path, message: `${placeOf(i.path)}：${i.message}` }));
  const out: MenuProblem[] = [];
  const buttons = parsed.data.button as MenuButton[];
  if (buttons.length === 0) out.push({ path: ['button'], message: '至少需要 1 个一级菜单' });
  buttons.forEach((b, i) => {
    const at = ['button', i];
    checkName(b, at, MENU_LIMITS.nameBytes, out);
    if (b.sub_button && b.sub_button.length > 0) {
      b.sub_button.forEach((s, j) => {
        const subAt = [...at, 'sub_button', j];
        checkName(s, subAt, MENU_LIMITS.subNameBytes, out);
        checkLeaf(s, subAt, out);
      });
    } else {
      checkLeaf(b, at, out);
    }
  });
  return out;
}

/** The problems at one path (for an input's inline error). */
export function problemAt(problems: MenuProblem[], path: (string | number)[]): string | undefined {
  const wanted = path.join('.');
  return problems.find((p) => p.path.join('.') === wanted)?.message;
}

function normaliseButton(b: MenuButton, allowSubs: boolean): MenuButton {
  const subs = allowSubs ? (b.sub_button ?? []) : [];
  if (subs.length > 0) return { name: b.name.trim(), sub_button: subs.map((s) => normaliseButton(s, false)) };
  const out: MenuButton = { name: b.name.trim() };
  if (b.type && (BUTTON_TYPES as readonly string[]).includes(b.type)) {
    out.type = b.type;
    for (const field of FIELDS_BY_TYPE[b.type]) {
      const value = b[field]?.trim();
      if (value) out[field] = value;
    }
  }
  return out;
}

/**
 * The menu as WeChat takes it (and as we store it): a parent carries only name + sub_button, a leaf
 * only its type's fields; menu/get's `sub_button: []` on leaves is dropped.
 */
export function normaliseMenu(buttons: MenuButton[]): MenuButton[] {
  return buttons.map((b) => normaliseButton(b, true));
}

/** The CLICK keys of a menu (top level and sub-buttons), in menu order, without repeats. */
export function clickKeys(buttons: MenuButton[]): string[] {
  const keys = buttons.flatMap((b) => [b, ...(b.sub_button ?? [])]).filter((b) => b.type === 'click' && b.key?.trim());
  return [...new Set(keys.map((b) => b.key!.trim()))];
}
