import type { Core } from '@strapi/strapi';

/** A sending account went offline (failed checks in a row, or the operator): operators want to know. */
export const ACCOUNT_OFFLINE_EVENT = {
  name: 'wecom.account.offline',
  label: '企业微信发送账号下线',
  variables: { code: '账号编码', name: '账号名称', reason: '原因', errcode: '企业微信错误码（如有）' },
} as const;

/** Announces the event to the message center when it is installed. */
export function registerNotificationEvents(strapi: Core.Strapi): void {
  strapi.plugin('messaging')?.service('notifications').registerEvent(ACCOUNT_OFFLINE_EVENT);
}

/** Emits `wecom.account.offline` for one transition (its status-history row makes it idempotent downstream). */
export function emitAccountOffline(
  strapi: Core.Strapi,
  changeId: number,
  account: { code: string; name: string },
  reason: string,
  errcode: number | null,
): void {
  const payload = { key: `${account.code}:${changeId}`, userId: null, variables: { code: account.code, name: account.name, reason, errcode: errcode ?? '' } };
  void Promise.resolve(strapi.eventHub.emit(ACCOUNT_OFFLINE_EVENT.name, payload)).catch((err: Error) =>
    strapi.log.warn(`[wecom] ${ACCOUNT_OFFLINE_EVENT.name}: ${err.message}`),
  );
}
