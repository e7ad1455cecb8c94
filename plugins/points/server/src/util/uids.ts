export const ACCOUNT = 'plugin::points.account';
export const TRANSACTION = 'plugin::points.transaction';
export const RULE = 'plugin::points.rule';
export const CHECKIN = 'plugin::points.checkin';
export const ORDER = 'plugin::points.exchange-order';
export const SKU = 'api::sku.sku';
export const GOOD = 'api::good.good';
export const ADDRESS = 'api::address.address';
export const USER = 'plugin::users-permissions.user';
/** The wechat plugin's login identities and fans (read only, when that plugin is installed). */
export const WECHAT_IDENTITY = 'plugin::wechat.identity';
export const WECHAT_FAN = 'plugin::wechat.fan';

/** uids the plugin alone writes: the content manager may read them, never change them. */
export const LEDGER_UIDS = [ACCOUNT, TRANSACTION, CHECKIN, ORDER];
