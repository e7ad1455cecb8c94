import { randomBytes } from 'node:crypto';
import { jsonBody, type Router } from '../../http/router';
import type { Runtime } from '../../runtime';
import type { CorpState } from '../state/corp-state';
import { qyError, qyOk } from '../errors';
import { customerCaller } from './groupchat';

/** The message parts of a template, as WeCom takes and gives them back. */
const PARTS = ['text', 'image', 'link', 'miniprogram', 'file', 'video'] as const;
type Template = Partial<Record<(typeof PARTS)[number], Record<string, unknown>>> & { template_id: string; creator: string };

const MAX_TEMPLATES = 100;
const books = new WeakMap<CorpState, Map<string, Template>>();
const templatesOf = (corp: CorpState) => {
  let book = books.get(corp);
  if (!book) books.set(corp, (book = new Map()));
  return book;
};

const bytes = (v: unknown) => Buffer.byteLength(typeof v === 'string' ? v : '');

/** WeCom's checks on the parts (wecom-and-pay.md A2): byte limits, text and at most one other part. */
function parts(body: Record<string, unknown>): Omit<Template, 'template_id' | 'creator'> {
  const out: Omit<Template, 'template_id' | 'creator'> = {};
  for (const p of PARTS) {
    const v = body[p];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'object' || Array.isArray(v)) throw qyError(40058, `${p} must be an object`);
    out[p] = v as Record<string, unknown>;
  }
  if (!Object.keys(out).length) throw qyError(40063);
  if (out.text && (typeof out.text.content !== 'string' || bytes(out.text.content) > 3000)) throw qyError(40058, 'text.content at most 3000 bytes');
  if (out.link && (!out.link.title || !out.link.url || bytes(out.link.title) > 128 || bytes(out.link.desc) > 512)) throw qyError(40058, 'invalid link');
  if (out.miniprogram && (!out.miniprogram.title || bytes(out.miniprogram.title) > 64 || !out.miniprogram.appid || !out.miniprogram.page))
    throw qyError(40058, 'invalid miniprogram');
  if (out.image && !out.image.media_id && !out.image.pic_url) throw qyError(40058, 'image.media_id or image.pic_url is required');
  if (PARTS.filter((p) => p !== 'text' && out[p]).length > 1) throw qyError(40058, 'text and at most one other part');
  return out;
}

/**
 * 入群欢迎语素材 (wecom-and-pay.md A2): `group_welcome_template/add|edit|get|del`, at most 100 per
 * corp; only the app that created a template may edit or delete it (48002 for another one — the
 * official page does not name the errcode). No API sends a template into a group.
 */
export function qyGroupWelcomeRoutes(router: Router, rt: Runtime): void {
  const path = (op: string) => `/cgi-bin/externalcontact/group_welcome_template/${op}`;
  const mine = (corp: CorpState, owner: string, id: unknown) => {
    const t = typeof id === 'string' ? templatesOf(corp).get(id) : undefined;
    if (!t) throw qyError(40058, 'invalid template_id');
    if (t.creator !== owner) throw qyError(48002, 'template created by another app');
    return t;
  };

  router.api('POST', path('add'), (ctx) => {
    const { corp, owner } = customerCaller(rt, ctx);
    const book = templatesOf(corp);
    const data = parts(jsonBody<Record<string, unknown>>(ctx));
    if (book.size >= MAX_TEMPLATES) throw qyError(40058, `at most ${MAX_TEMPLATES} templates`);
    const template_id = `msg${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}`;
    book.set(template_id, { ...data, template_id, creator: owner });
    return { ...qyOk(), template_id };
  });

  router.api('POST', path('edit'), (ctx) => {
    const { corp, owner } = customerCaller(rt, ctx);
    const body = jsonBody<Record<string, unknown>>(ctx);
    const t = mine(corp, owner, body.template_id);
    templatesOf(corp).set(t.template_id, { ...parts(body), template_id: t.template_id, creator: t.creator });
    return qyOk();
  });

  router.api('POST', path('get'), (ctx) => {
    const { corp } = customerCaller(rt, ctx);
    const id = jsonBody<{ template_id?: unknown }>(ctx).template_id;
    const t = typeof id === 'string' ? templatesOf(corp).get(id) : undefined;
    if (!t) throw qyError(40058, 'invalid template_id');
    const { template_id: _id, creator: _c, ...data } = t;
    return { ...qyOk(), ...data };
  });

  router.api('POST', path('del'), (ctx) => {
    const { corp, owner } = customerCaller(rt, ctx);
    const t = mine(corp, owner, jsonBody<{ template_id?: unknown }>(ctx).template_id);
    templatesOf(corp).delete(t.template_id);
    return qyOk();
  });
}
