import { jsonBody, type Router } from '../../http/router';
import { AdminError } from '../../http/reply';
import type { Runtime } from '../../runtime';
import { adminBody } from '../../routes/admin-util';
import type { CorpState } from '../state/corp-state';
import { customersOf, type Follow } from '../state/customers';
import { qyError, qyOk } from '../errors';
import { adminCorp, consoleChange } from './admin-util';
import { customerCaller } from './groupchat';

interface CorpTag {
  id: string;
  name: string;
  create_time: number;
  order: number;
}
interface TagGroup {
  group_id: string;
  group_name: string;
  create_time: number;
  order: number;
  tag: CorpTag[];
}

/** The demo corp's customer tag library (企业客户标签), ids stable so docs and tests can name them. */
const DEMO_GROUPS: [string, string, [string, string][]][] = [
  [
    'etGroupLevel',
    '客户等级',
    [
      ['etTagVip', 'VIP'],
      ['etTagRegular', '普通客户'],
    ],
  ],
  [
    'etGroupSource',
    '来源',
    [
      ['etTagStore', '门店'],
      ['etTagLive', '直播间'],
    ],
  ],
];

const libraries = new WeakMap<CorpState, TagGroup[]>();
function libraryOf(corp: CorpState, nowSeconds: number): TagGroup[] {
  let lib = libraries.get(corp);
  if (!lib) {
    lib = DEMO_GROUPS.map(([group_id, group_name, tags], i) => ({
      group_id,
      group_name,
      create_time: nowSeconds,
      order: i,
      tag: tags.map(([id, name], j) => ({ id, name, create_time: nowSeconds, order: j })),
    }));
    libraries.set(corp, lib);
  }
  return lib;
}

/** Adds and removes corp tags on a follow; unknown tag ids → 40068 (WeCom rejects the whole call). */
function retag(corp: CorpState, follow: Follow, add: unknown, remove: unknown, nowSeconds: number): void {
  const ids = (v: unknown) => (v === undefined ? [] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null);
  const [plus, minus] = [ids(add), ids(remove)];
  if (!plus || !minus || (!plus.length && !minus.length)) throw qyError(40058, 'add_tag or remove_tag is required');
  const index = new Map(libraryOf(corp, nowSeconds).flatMap((g) => g.tag.map((t) => [t.id, { group: g.group_name, name: t.name }] as const)));
  if ([...plus, ...minus].some((id) => !index.has(id))) throw qyError(40068);
  follow.tags = follow.tags.filter((t) => !(t.type === 1 && t.tag_id && (minus.includes(t.tag_id) || plus.includes(t.tag_id))));
  for (const id of plus) {
    const t = index.get(id) as { group: string; name: string };
    follow.tags.push({ group_name: t.group, tag_name: t.name, type: 1, tag_id: id });
  }
}

/**
 * Customer tags (wecom-and-pay.md A2): the corp tag library (`get_corp_tag_list`), `mark_tag` (an API
 * call: no push), and the client action of a member tagging a customer, which pushes
 * `edit_external_contact`.
 */
export function qyCorpTagRoutes(router: Router, rt: Runtime): void {
  const now = () => rt.state.clock.seconds();

  router.api('POST', '/cgi-bin/externalcontact/get_corp_tag_list', (ctx) => {
    const { corp } = customerCaller(rt, ctx);
    const body = jsonBody<{ tag_id?: unknown; group_id?: unknown }>(ctx);
    const tagIds = Array.isArray(body.tag_id) && body.tag_id.length ? (body.tag_id as string[]) : null;
    const groupIds = Array.isArray(body.group_id) && body.group_id.length ? (body.group_id as string[]) : null;
    const groups = libraryOf(corp, now())
      .filter((g) => !groupIds || groupIds.includes(g.group_id))
      .map((g) => ({ ...g, tag: g.tag.filter((t) => !tagIds || tagIds.includes(t.id)) }))
      .filter((g) => g.tag.length);
    return { ...qyOk(), tag_group: groups };
  });

  router.api('POST', '/cgi-bin/externalcontact/mark_tag', (ctx) => {
    const { corp } = customerCaller(rt, ctx);
    const body = jsonBody<{ userid?: unknown; external_userid?: unknown; add_tag?: unknown; remove_tag?: unknown }>(ctx);
    const follow = customersOf(corp)
      .customer(body.external_userid)
      .follows.find((f) => f.userid === body.userid);
    if (!follow) throw qyError(84061, 'not external contact');
    retag(corp, follow, body.add_tag, body.remove_tag, now());
    return qyOk();
  });

  /** Client action: a member tags (or untags) a customer in the client; WeCom pushes edit_external_contact. */
  router.add('POST', '/_sandbox/wecom/:corpId/client/customers/:externalUserid/tags', async (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const body = adminBody<{ userid?: string; add?: string[]; remove?: string[] }>(ctx);
    if (typeof body.userid !== 'string' || !body.userid) throw new AdminError(400, 'userid is required');
    const customer = consoleChange(() => customersOf(corp).customer(ctx.params.externalUserid));
    const follow = customer.follows.find((f) => f.userid === body.userid);
    if (!follow) throw new AdminError(409, `${body.userid} does not follow this customer`);
    consoleChange(() => retag(corp, follow, body.add, body.remove, now()));
    const push = await rt.wecomPush.deliver(
      corp,
      'change_external_contact',
      {
        ToUserName: corp.corpId,
        FromUserName: 'sys',
        CreateTime: now(),
        MsgType: 'event',
        Event: 'change_external_contact',
        ChangeType: 'edit_external_contact',
        UserID: follow.userid,
        ExternalUserID: customer.contact.external_userid,
      },
      rt.wecomPush.target(corp),
      'edit_external_contact',
    );
    return { tags: follow.tags, push };
  });
}
