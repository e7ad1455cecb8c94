import type { Router } from '../../http/router';
import { AdminError, Reply } from '../../http/reply';
import type { Runtime } from '../../runtime';
import { adminBody } from '../../routes/admin-util';
import type { WecomPushRecord } from '../push/types';
import { adminCorp } from './admin-util';
import { applyConsole, type ConsoleMethod, type ConsoleOutcome } from './console-actions';

interface BatchInput {
  actions?: { method?: ConsoleMethod; path?: string; body?: Record<string, unknown> }[];
  /** Delivery order of the pushes: as applied (default), reversed, or shuffled. */
  order?: 'applied' | 'reverse' | 'shuffle';
}

/**
 * Changes made in WeCom's own admin console: they change WeCom's truth and raise change_contact
 * pushes to the corp's callback (API calls never do). Each answers once the push has been delivered
 * (or has failed its 3 tries).
 */
export function qyConsoleRoutes(router: Router, rt: Runtime): void {
  const base = '/_sandbox/wecom/:corpId/console';
  const one = (method: ConsoleMethod, pattern: string, created = false) =>
    router.add(method, `${base}/${pattern}`, async (ctx) => {
      const corp = adminCorp(rt, ctx.params.corpId);
      const path = ctx.path.slice(ctx.path.indexOf('/console/') + '/console/'.length);
      const out = applyConsole(corp, method, decodeURIComponent(path), adminBody(ctx));
      const body = { ...out.result, push: await rt.wecomPush.change(corp, out.change) };
      return created ? Reply.json(201, body) : body;
    });
  one('POST', 'departments', true);
  one('PATCH', 'departments/:id');
  one('DELETE', 'departments/:id');
  one('POST', 'members', true);
  one('PATCH', 'members/:userid');
  one('DELETE', 'members/:userid');
  one('POST', 'tags/:tagid/members');

  /** Several console changes at once, their pushes in a chosen order (WeCom does not guarantee one). */
  router.add('POST', `${base}/batch`, async (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const input = adminBody<BatchInput>(ctx);
    if (!Array.isArray(input.actions) || !input.actions.length) throw new AdminError(400, 'actions is required');
    for (const [i, a] of input.actions.entries()) {
      if (!a.method || !['POST', 'PATCH', 'DELETE'].includes(a.method) || typeof a.path !== 'string')
        throw new AdminError(400, `actions[${i}] needs method and path`);
    }
    const outs: ConsoleOutcome[] = [];
    let failure: unknown;
    for (const a of input.actions) {
      try {
        outs.push(applyConsole(corp, a.method as ConsoleMethod, a.path as string, a.body ?? {}));
      } catch (err) {
        // Like the console: what was saved before the refusal stays saved, and is pushed.
        failure = err;
        break;
      }
    }
    const changes = outs.map((o) => o.change);
    if (input.order === 'reverse') changes.reverse();
    if (input.order === 'shuffle') changes.sort(() => Math.random() - 0.5);
    const pushes: WecomPushRecord[] = [];
    for (const change of changes) pushes.push(await rt.wecomPush.change(corp, change));
    if (failure) throw failure;
    return { results: outs.map((o) => o.result), pushes };
  });
}
