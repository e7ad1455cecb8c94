import type { Router } from '../../http/router';
import type { Runtime } from '../../runtime';
import { qyError, qyOk } from '../errors';
import { intField, qyCaller } from './guard';

/**
 * Cheap reads a client uses to check a secret: `agent/get` (the app itself) and the customer-contact
 * role check of externalcontact (`get_follow_user_list`; the rest of externalcontact is not faked yet).
 */
export function qyAgentRoutes(router: Router, rt: Runtime): void {
  router.api('GET', '/cgi-bin/agent/get', (ctx) => {
    const { corp, token } = qyCaller(rt, ctx, { roles: ['app'] });
    const agentid = intField(ctx.query.get('agentid'), 40056);
    if (agentid !== token.agentId) throw qyError(301002);
    const app = corp.app(agentid);
    if (!app) throw qyError(40056);
    return {
      ...qyOk(),
      agentid: app.agentId,
      name: app.name,
      square_logo_url: '',
      description: '',
      allow_userinfos: { user: [] },
      allow_partys: { partyid: [1] },
      allow_tags: { tagid: [] },
      close: 0,
      redirect_domain: '',
      report_location_flag: 0,
      isreportenter: 0,
      home_url: '',
    };
  });

  router.api('GET', '/cgi-bin/externalcontact/get_follow_user_list', (ctx) => {
    const caller = qyCaller(rt, ctx, { roles: ['customer', 'app'] });
    if (caller.token.role === 'app' && !caller.corp.app(caller.token.agentId)?.customerContact) throw qyError(48002);
    // Members with the customer-contact feature: the sales and customer-service subtrees of the demo tree.
    const ids = new Set([3, 13].filter((id) => caller.corp.departments.has(id)).flatMap((id) => caller.corp.subtree(id).map((d) => d.id)));
    const follow = [...caller.corp.members.values()].filter((m) => m.status === 1 && m.department.some((d) => ids.has(d)));
    return { ...qyOk(), follow_user: follow.map((m) => m.userid) };
  });
}
