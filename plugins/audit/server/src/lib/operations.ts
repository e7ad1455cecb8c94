/**
 * What an admin write is, in the operator's words: the module (the plugin or the admin area) and
 * the operation, from the method and the URL alone, so that every route — WeDraw's plugins,
 * Strapi's content manager, settings and media library — gets a line without declaring anything.
 */
const MODULES: [RegExp, string][] = [
  [/^\/points(\/|$)/, '积分'],
  [/^\/wechat(\/|$)/, '微信'],
  [/^\/wecom(\/|$)/, '企业微信'],
  [/^\/messaging(\/|$)/, '消息中心'],
  [/^\/pay(\/|$)/, '支付'],
  [/^\/ops(\/|$)/, '监控告警'],
  [/^\/analytics(\/|$)/, '数据分析'],
  [/^\/audit(\/|$)/, '安全审计'],
  [/^\/upload(\/|$)/, '媒体库'],
  [/^\/content-manager(\/|$)/, '内容管理'],
  [/^\/content-type-builder(\/|$)/, '内容类型'],
  [/^\/users-permissions(\/|$)/, '用户与权限'],
  [/^\/i18n\//, '国际化'],
  [/^\/email(\/|$)/, '邮件设置'],
  [/^\/admin\/(users|roles|permissions)/, '管理员与角色'],
  [/^\/admin\/(api-tokens|transfer)/, 'API 令牌'],
  [/^\/admin\/webhooks/, 'Webhooks'],
  [/^\/admin(\/|$)/, '系统设置'],
];

const MALL_TYPES: Record<string, string> = {
  'api::good.good': '商品',
  'api::sku.sku': 'SKU',
  'api::category.category': '商品分类',
  'api::banner.banner': '轮播图',
  'api::zone.zone': '专区',
  'api::address.address': '收货地址',
};

const ACTIONS: [RegExp, string][] = [
  [/\/actions\/bulkDelete$/, '批量删除'],
  [/\/actions\/bulkPublish$/, '批量发布'],
  [/\/actions\/bulkUnpublish$/, '批量取消发布'],
  [/\/actions\/publish$/, '发布'],
  [/\/actions\/unpublish$/, '取消发布'],
  [/\/actions\/discard$/, '放弃草稿'],
  [/\/actions\/clone/, '复制'],
  [/\/(batch|bulk)[^/]*$/i, '批量操作'],
  [/\/(sync|pull)[^/]*$/i, '同步'],
  [/\/publish$/, '发布'],
  [/\/(status|enable|disable|ship|cancel|approve|reject)[^/]*$/i, '状态变更'],
  [/\/(send|test)[^/]*$/i, '发送'],
  [/\/import[^/]*$/i, '导入'],
  [/\/(upload|files)[^/]*$/i, '上传'],
];

const BY_METHOD: Record<string, string> = { POST: '新增', PUT: '修改', PATCH: '修改', DELETE: '删除' };

export interface OperationName {
  module: string;
  operation: string;
}

export function describe(method: string, path: string): OperationName {
  let module = MODULES.find(([re]) => re.test(path))?.[1] ?? '其他';
  const uid = /^\/content-manager\/(?:collection-types|single-types)\/([^/]+)/.exec(path)?.[1];
  if (uid) module = `内容管理 · ${MALL_TYPES[decodeURIComponent(uid)] ?? decodeURIComponent(uid)}`;
  const operation = ACTIONS.find(([re]) => re.test(path))?.[1] ?? (path.startsWith('/upload') && method === 'POST' ? '上传' : (BY_METHOD[method] ?? method));
  return { module, operation };
}

/** Admin routes that are not operations: logins and token renewals have their own log. */
const NOT_OPERATIONS = [/^\/admin\/(login|logout|access-token|renew-token|register|register-admin|forgot-password|reset-password)$/, /^\/audit\/captcha$/];

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True for a write to an admin route (anything but the content API, /graphql and the fast routes). */
export function isAdminWrite(method: string, path: string): boolean {
  if (!WRITES.has(method)) return false;
  if (path.startsWith('/api/') || path === '/graphql' || path.startsWith('/content-manager/uid/')) return false;
  // POSTs that only read: draft-relation counts, the documents a bulk publish validates, template previews.
  if (/^\/content-manager\/.*\/(actions\/)?(countDraftRelations|countManyEntriesDraftRelations|bulkFindForValidation)/.test(path)) return false;
  if (/\/templates\/preview$/.test(path)) return false;
  return !NOT_OPERATIONS.some((re) => re.test(path));
}
