import type { MenuButton } from '../state/types';
import { WxError } from './errors';

/** Button types WeChat accepts (reference §1.2). */
export const BUTTON_TYPES = new Set([
  'click',
  'view',
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
  'miniprogram',
]);

/** Types that push an event with the button's `key`. */
const KEYED = new Set(['click', 'scancode_push', 'scancode_waitmsg', 'pic_sysphoto', 'pic_photo_or_album', 'pic_weixin', 'location_select']);

/** The errcodes for a top-level button and for a sub-button. */
const CODES = {
  top: { type: 40017, name: 40018, key: 40019, url: 40020, domain: 40054, nameBytes: 16 },
  sub: { type: 40024, name: 40025, key: 40026, url: 40027, domain: 40055, nameBytes: 60 },
};

const bytes = (s: unknown) => (typeof s === 'string' ? Buffer.byteLength(s, 'utf8') : 0);

function checkLeaf(b: MenuButton, level: keyof typeof CODES): void {
  const c = CODES[level];
  if (typeof b.type !== 'string' || !BUTTON_TYPES.has(b.type)) throw new WxError(c.type);
  if (KEYED.has(b.type) && (bytes(b.key) < 1 || bytes(b.key) > 128)) throw new WxError(c.key);
  if (b.type === 'view' || b.type === 'miniprogram') {
    if (bytes(b.url) < 1 || bytes(b.url) > 1024) throw new WxError(c.url);
    if (!/^https?:\/\//i.test(b.url as string)) throw new WxError(c.domain);
  }
  if (b.type === 'miniprogram' && (!b.appid || !b.pagepath)) throw new WxError(47001);
  if ((b.type === 'media_id' || b.type === 'view_limited') && !b.media_id) throw new WxError(40007);
  if ((b.type === 'article_id' || b.type === 'article_view_limited') && !b.article_id) throw new WxError(47001);
}

function checkName(b: MenuButton, level: keyof typeof CODES): void {
  const n = bytes(b.name);
  if (n < 1 || n > CODES[level].nameBytes) throw new WxError(CODES[level].name);
}

/**
 * Validates a custom menu as WeChat does: 1..3 top buttons (40016), each a leaf or a parent of
 * 1..5 sub-buttons (40023); names at most 16 / 60 bytes; keys, urls and type-specific fields.
 * A parent that also carries a `type` is rejected (40017); an empty `sub_button: []` on a leaf,
 * as menu/get returns it, is accepted.
 */
export function validateMenu(body: { button?: unknown }): MenuButton[] {
  const buttons = body.button;
  if (!Array.isArray(buttons) || buttons.length < 1 || buttons.length > 3) throw new WxError(40016);
  for (const b of buttons as MenuButton[]) {
    if (!b || typeof b !== 'object') throw new WxError(47001);
    checkName(b, 'top');
    const subs = b.sub_button;
    if (subs !== undefined && !Array.isArray(subs)) throw new WxError(47001);
    if (subs && subs.length > 0) {
      if (b.type !== undefined) throw new WxError(40017);
      if (subs.length > 5) throw new WxError(40023);
      for (const s of subs) {
        if (!s || typeof s !== 'object') throw new WxError(47001);
        checkName(s, 'sub');
        if (Array.isArray(s.sub_button) && s.sub_button.length > 0) throw new WxError(40024);
        checkLeaf(s, 'sub');
      }
    } else {
      checkLeaf(b, 'top');
    }
  }
  return (buttons as MenuButton[]).map(normalise);
}

const FIELDS = ['type', 'name', 'key', 'url', 'media_id', 'article_id', 'appid', 'pagepath'] as const;

/** Keeps the known fields and gives every button a `sub_button` array, as menu/get shows them. */
function normalise(b: MenuButton): MenuButton {
  const out: MenuButton = { name: b.name };
  for (const f of FIELDS) if (b[f] !== undefined && f !== 'name') (out as unknown as Record<string, unknown>)[f] = b[f];
  out.sub_button = (b.sub_button ?? []).map(normalise);
  return out;
}
