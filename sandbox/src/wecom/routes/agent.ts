import type { Router } from '../../http/router';
import type { Runtime } from '../../runtime';
import { qyError, qyOk } from '../errors';
import { intField, qyCaller } from './guard';

/** A cheap read a client uses to check an app's secret: `agent/get` (the app itself). */
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
}
