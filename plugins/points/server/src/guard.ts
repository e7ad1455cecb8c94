import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { LEDGER_UIDS } from './util/uids';

const WRITES = new Set(['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft']);

/**
 * Accounts, ledger lines, check-ins and orders are written only by the points services (through
 * the query engine). The content manager and the REST API go through the document service, so
 * refusing writes there keeps the ledger append-only and the balances true.
 */
export function guardLedger(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (LEDGER_UIDS.includes(context.uid) && WRITES.has(context.action)) {
      throw new errors.ForbiddenError('积分账户、流水、签到与订单只能通过积分管理页面或积分服务修改');
    }
    return next();
  });
}
