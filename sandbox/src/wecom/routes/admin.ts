import type { Router } from '../../http/router';
import { AdminError } from '../../http/reply';
import type { Runtime } from '../../runtime';
import { adminBody, intParam } from '../../routes/admin-util';
import type { CorpDataOptions } from '../state/demo-corp';
import type { CorpSwitches } from '../state/types';
import { adminCorp, corpSummary } from './admin-util';
import { appChatsOf } from './appchat';

const SWITCHES: (keyof CorpSwitches)[] = ['untrustedIp', 'newIp', 'recentApps'];

/** WeCom's truth and switches for tests and the page: `/_sandbox/wecom/...`. */
export function qyAdminRoutes(router: Router, rt: Runtime): void {
  const wecom = () => rt.state.wecom;

  router.add('GET', '/_sandbox/wecom/corps', () => [...wecom().corps.values()].map(corpSummary));

  router.add('POST', '/_sandbox/wecom/reset', (ctx) => {
    wecom().reset(adminBody<CorpDataOptions>(ctx));
    return { ok: true, corps: [...wecom().corps.values()].map((c) => ({ corpId: c.corpId, members: c.members.size, departments: c.departments.size })) };
  });

  router.add('GET', '/_sandbox/wecom/:corpId/departments', (ctx) => [...adminCorp(rt, ctx.params.corpId).departments.values()]);

  router.add('GET', '/_sandbox/wecom/:corpId/members', (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const dept = ctx.query.get('department');
    const q = (ctx.query.get('q') ?? '').trim();
    let all = [...corp.members.values()];
    if (dept) {
      const ids = new Set(
        ctx.query.get('fetch_child') === '1' && corp.departments.has(Number(dept)) ? corp.subtree(Number(dept)).map((d) => d.id) : [Number(dept)],
      );
      all = all.filter((m) => m.department.some((d) => ids.has(d)));
    }
    if (q) all = all.filter((m) => m.name.includes(q) || m.userid.includes(q));
    const offset = intParam(ctx, 'offset', 0);
    const limit = intParam(ctx, 'limit', 100, 100000);
    return { total: all.length, offset, members: all.slice(offset, offset + limit) };
  });

  router.add('GET', '/_sandbox/wecom/:corpId/tags', (ctx) =>
    [...adminCorp(rt, ctx.params.corpId).tags.values()].map((t) => ({
      tagid: t.tagid,
      tagname: t.tagname,
      owner: t.owner,
      users: [...t.users],
      parties: [...t.parties],
    })),
  );

  router.add('GET', '/_sandbox/wecom/faults', () => [...wecom().corps.values()].map((c) => ({ corpId: c.corpId, ...c.switches })));
  router.add('POST', '/_sandbox/wecom/faults', (ctx) => {
    const body = adminBody<Partial<CorpSwitches> & { corpId?: string }>(ctx);
    const corps = body.corpId ? [adminCorp(rt, body.corpId)] : [...wecom().corps.values()];
    for (const key of SWITCHES) if (body[key] !== undefined && typeof body[key] !== 'boolean') throw new AdminError(400, `${key} must be a boolean`);
    for (const corp of corps) for (const key of SWITCHES) if (body[key] !== undefined) corp.switches[key] = body[key] as boolean;
    return corps.map((c) => ({ corpId: c.corpId, ...c.switches }));
  });

  router.add('GET', '/_sandbox/wecom/tokens', (ctx) => {
    const corpId = ctx.query.get('corpId');
    const calls = Object.fromEntries(Object.entries(wecom().tokenCalls).filter(([k]) => !corpId || k.startsWith(`${corpId}|`)));
    return { calls, tokens: wecom().tokens.list(corpId ?? undefined) };
  });

  router.add('POST', '/_sandbox/wecom/tokens/expire', (ctx) => ({ expired: wecom().tokens.expire(adminBody<{ corpId?: string }>(ctx).corpId) }));

  router.add('GET', '/_sandbox/wecom/messages', (ctx) => {
    const q = ctx.query;
    return wecom().messages.filter(
      (m) =>
        (!q.get('corpId') || m.corpId === q.get('corpId')) && (!q.get('kind') || m.kind === q.get('kind')) && (!q.get('key') || m.robotKey === q.get('key')),
    );
  });

  /** App-created group chats (`appchat/create`) of a corp, with members and the creating app. */
  router.add('GET', '/_sandbox/wecom/:corpId/appchats', (ctx) => [...appChatsOf(adminCorp(rt, ctx.params.corpId)).values()]);

  /** Every corp's group robots with their webhook keys (the demo corp's and any added by tests). */
  router.add('GET', '/_sandbox/wecom/robots', (ctx) => {
    const corpId = ctx.query.get('corpId');
    return [...wecom().corps.values()]
      .filter((c) => !corpId || c.corpId === corpId)
      .flatMap((c) =>
        c.config.robots.map((r) => ({
          corpId: c.corpId,
          key: r.key,
          name: r.name,
          webhookPath: `/cgi-bin/webhook/send?key=${r.key}`,
          sentLastMinute: (wecom().robotSends.get(r.key) ?? []).filter((at) => at > rt.state.clock.now() - 60_000).length,
        })),
      );
  });

  router.add('GET', '/_sandbox/wecom/pushes', (ctx) => {
    const q = ctx.query;
    return wecom().pushes.filter(
      (p) =>
        (!q.get('corpId') || p.corpId === q.get('corpId')) &&
        (!q.get('event') || p.event === q.get('event')) &&
        (!q.get('changeType') || p.changeType === q.get('changeType')),
    );
  });

  router.add('PUT', '/_sandbox/wecom/:corpId/callback', async (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const body = adminBody<{ url?: string | null; reduced?: boolean; verify?: boolean }>(ctx);
    if (!body.url) {
      corp.callback = null;
      return { callback: null };
    }
    if (!/^https?:\/\//.test(body.url)) throw new AdminError(400, 'url must be an http(s) URL');
    const candidate = { url: body.url, reduced: body.reduced === true };
    if (body.verify !== false) {
      // WeCom checks the URL when the admin saves it, and refuses to save when it fails.
      const verify = await rt.wecomPush.verify({
        url: body.url,
        corpId: corp.corpId,
        token: corp.config.callbackToken,
        encodingAESKey: corp.config.encodingAESKey,
      });
      if (!verify.ok)
        throw new AdminError(409, `回调地址校验失败：${verify.error ?? `HTTP ${verify.status}，应答 ${JSON.stringify(verify.body ?? '').slice(0, 80)}`}`);
    }
    corp.callback = candidate;
    return { callback: corp.callback };
  });

  router.add('POST', '/_sandbox/wecom/:corpId/callback/verify', async (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const url = adminBody<{ url?: string }>(ctx).url ?? corp.callback?.url;
    if (!url) throw new AdminError(400, 'url is required (no callback set)');
    return rt.wecomPush.verify({ url, corpId: corp.corpId, token: corp.config.callbackToken, encodingAESKey: corp.config.encodingAESKey });
  });
}
