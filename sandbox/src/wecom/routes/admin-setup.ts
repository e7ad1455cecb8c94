import { randomBytes } from 'node:crypto';
import type { Router } from '../../http/router';
import { AdminError, Reply } from '../../http/reply';
import type { Runtime } from '../../runtime';
import { adminBody, requireString } from '../../routes/admin-util';
import type { CorpConfig, WecomApp } from '../state/types';
import { adminCorp, corpSummary } from './admin-util';

const secret = () => randomBytes(32).toString('base64url').slice(0, 43);
const AES_KEY = /^[A-Za-z0-9]{43}$/;

/** More corps, apps and robots than the demo corp's, for tests that need them. */
export function qyAdminSetupRoutes(router: Router, rt: Runtime): void {
  router.add('POST', '/_sandbox/wecom/corps', (ctx) => {
    const body = adminBody<Partial<CorpConfig> & { members?: number; departments?: number; seed?: string | number }>(ctx);
    const corpId = requireString(body.corpId, 'corpId');
    if (!/^ww[0-9a-z]{4,30}$/.test(corpId)) throw new AdminError(400, 'corpId must look like ww followed by 4..30 lower-case letters or digits');
    if (rt.state.wecom.corps.has(corpId)) throw new AdminError(409, `corp ${corpId} exists`);
    if (body.encodingAESKey !== undefined && !AES_KEY.test(body.encodingAESKey)) throw new AdminError(400, 'encodingAESKey must be 43 characters [A-Za-z0-9]');
    const config: CorpConfig = {
      corpId,
      name: body.name ?? corpId,
      contactsSecret: body.contactsSecret ?? secret(),
      customerSecret: body.customerSecret ?? secret(),
      apps: body.apps ?? [{ agentId: 1000002, name: '自建应用', secret: secret(), createdAt: '2021-03-01', customerContact: true }],
      callbackToken: body.callbackToken ?? randomBytes(12).toString('hex'),
      encodingAESKey:
        body.encodingAESKey ??
        randomBytes(40)
          .toString('base64')
          .replace(/[^A-Za-z0-9]/g, '')
          .padEnd(43, 'A')
          .slice(0, 43),
      robots: body.robots ?? [],
    };
    const corp = rt.state.wecom.addCorp(config, { members: body.members ?? 20, departments: body.departments, seed: body.seed ?? corpId });
    return Reply.json(201, corpSummary(corp));
  });

  router.add('POST', '/_sandbox/wecom/:corpId/apps', (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const body = adminBody<Partial<WecomApp>>(ctx);
    const agentId = Number(body.agentId ?? 1000002 + corp.config.apps.length);
    if (!Number.isInteger(agentId) || agentId < 1) throw new AdminError(400, 'agentId must be a positive integer');
    if (corp.app(agentId)) throw new AdminError(409, `app ${agentId} exists`);
    if (body.createdAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(body.createdAt)) throw new AdminError(400, 'createdAt must be YYYY-MM-DD');
    const app: WecomApp = {
      agentId,
      name: body.name ?? `应用 ${agentId}`,
      secret: body.secret ?? secret(),
      createdAt: body.createdAt ?? '2021-03-01',
      customerContact: body.customerContact === true,
    };
    corp.config.apps.push(app);
    return Reply.json(201, app);
  });

  router.add('POST', '/_sandbox/wecom/:corpId/robots', (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const body = adminBody<{ key?: string; name?: string }>(ctx);
    const key =
      body.key ??
      `${randomBytes(4).toString('hex')}-${randomBytes(2).toString('hex')}-4${randomBytes(2).toString('hex').slice(1)}-8${randomBytes(2).toString('hex').slice(1)}-${randomBytes(6).toString('hex')}`;
    if ([...rt.state.wecom.corps.values()].some((c) => c.config.robots.some((r) => r.key === key))) throw new AdminError(409, 'key exists');
    const robot = { key, name: body.name ?? '群机器人' };
    corp.config.robots.push(robot);
    return Reply.json(201, robot);
  });
}
