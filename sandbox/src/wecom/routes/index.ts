import type { Router } from '../../http/router';
import type { Runtime } from '../../runtime';
import { qyAdminRoutes } from './admin';
import { qyAdminSetupRoutes } from './admin-setup';
import { qyAgentRoutes } from './agent';
import { qyAppChatRoutes } from './appchat';
import { qyBatchRoutes } from './batch';
import { qyConsoleRoutes } from './console';
import { qyCorpTagRoutes } from './corp-tags';
import { qyDepartmentRoutes } from './departments';
import { qyExternalContactRoutes } from './externalcontact';
import { qyGroupChatRoutes } from './groupchat';
import { qyGroupStatRoutes } from './group-stats';
import { qyGroupWelcomeRoutes } from './group-welcome';
import { qyGroupMsgRoutes } from './groupmsg';
import { qyLoginRoutes } from './login';
import { qyMediaRoutes } from './media';
import { qyMessageRoutes } from './messages';
import { qyTagRoutes } from './tags';
import { qyTokenRoutes } from './token';
import { qyUserRoutes } from './users';
import { qyWebhookRoutes } from './webhook';

/** Every WeCom route: qyapi, login, robot webhook, and the `/_sandbox/wecom` admin API. */
export function wecomRoutes(router: Router, rt: Runtime): void {
  for (const routes of [
    qyTokenRoutes,
    qyDepartmentRoutes,
    qyUserRoutes,
    qyTagRoutes,
    qyMessageRoutes,
    qyAppChatRoutes,
    qyAgentRoutes,
    qyMediaRoutes,
    qyBatchRoutes,
    qyConsoleRoutes,
    qyLoginRoutes,
    qyWebhookRoutes,
    qyExternalContactRoutes,
    qyCorpTagRoutes,
    qyGroupChatRoutes,
    qyGroupStatRoutes,
    qyGroupWelcomeRoutes,
    qyGroupMsgRoutes,
    qyAdminSetupRoutes,
    qyAdminRoutes,
  ])
    routes(router, rt);
}
