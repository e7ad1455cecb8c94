import type { Router } from '../../http/router';
import type { Runtime } from '../../runtime';
import { payAdminRoutes } from './admin';
import { payBillRoutes } from './bills';
import { payCertificateRoutes } from './certificates';
import { payRefundRoutes } from './refunds';
import { payTransactionRoutes } from './transactions';

/** Every WeChat Pay v3 route (api.mch) and the `/_sandbox/pay` admin API. */
export function payRoutes(router: Router, rt: Runtime): void {
  for (const routes of [payTransactionRoutes, payRefundRoutes, payCertificateRoutes, payBillRoutes, payAdminRoutes]) routes(router, rt);
}
