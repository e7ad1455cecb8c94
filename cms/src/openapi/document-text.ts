/** The prose of the OpenAPI document: title, how to authenticate, the error envelope, tag names. */

export const DOCUMENT_INFO = {
  title: 'WeDraw 接口文档',
  description: [
    'WeDraw 的内容 API：积分商城、积分、微信登录与回调，以及各插件的接口。所有路径都在 `/api` 之下。',
    '',
    '**认证**',
    '- 访客（H5、小程序）：先调用 `/wechat/oauth/login` 或 `/wechat/miniprogram/login` 取得 `jwt`，之后带 `Authorization: Bearer <jwt>`（userJwt）。',
    '- 后台集成：在管理后台「设置 → API 令牌」创建令牌，带 `Authorization: Bearer <令牌>`（apiToken），令牌只能调用授予它的接口。',
    '- 对接系统（租户）：`Authorization: Bearer <租户密钥>`（tenantKey）；租户要求签名时另带 `X-WeDraw-Timestamp`、`X-WeDraw-Nonce`、`X-WeDraw-Signature`。',
    '- 微信、企业微信、微信支付的回调不带凭证，以查询参数或请求头中的签名认证。',
    '',
    '**错误**：统一为 `{"data": null, "error": {"status", "name", "message", "details"}}`；`name` 稳定、供程序判断，`message` 为中文。每个接口列出它可能返回的 `name`。',
    '',
    '**分页**：列表接口接受 `page`（从 1 开始）和 `pageSize`（≤ 100，默认 20），返回 `meta.pagination {page, pageSize, pageCount, total}`。',
  ].join('\n'),
};

export const SECURITY_SCHEMES = {
  userJwt: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: '访客登录后得到的 users-permissions JWT（/wechat/oauth/login、/wechat/miniprogram/login、/auth/local）。',
  },
  apiToken: {
    type: 'http',
    scheme: 'bearer',
    description: '管理后台「设置 → API 令牌」创建的令牌；只能调用授予它的接口。',
  },
  tenantKey: {
    type: 'http',
    scheme: 'bearer',
    description:
      '对接系统（租户）的密钥，在管理后台签发，仅显示一次。租户要求签名时另带请求头 X-WeDraw-Timestamp（Unix 秒，±300 秒内）、X-WeDraw-Nonce（10 分钟内不可重复）、X-WeDraw-Signature = hex(HMAC-SHA256(租户 secret, timestamp + "\\n" + nonce + "\\n" + 方法 + "\\n" + 含查询串的路径 + "\\n" + hex(SHA-256(请求体))))。',
  },
};

export const ERROR_ENVELOPE = {
  type: 'object',
  description: '错误响应：data 为 null，error.name 稳定，error.message 为中文。',
  required: ['data', 'error'],
  properties: {
    data: { type: 'null' },
    error: {
      type: 'object',
      required: ['status', 'name', 'message'],
      properties: {
        status: { type: 'integer' },
        name: { type: 'string' },
        message: { type: 'string' },
        details: { description: '400 时为 {errors: [{path, field, message}]}；业务错误时为相关数值' },
      },
    },
  },
};

/** Chinese names of the APIs and plugins (unknown ones are listed by their own name). */
export const TAGS = [
  { name: 'mall', description: '商城首页' },
  { name: 'good', description: '商品' },
  { name: 'category', description: '商品分类' },
  { name: 'zone', description: '商城专区' },
  { name: 'banner', description: '轮播图' },
  { name: 'sku', description: '商品规格（SKU）' },
  { name: 'address', description: '收货地址（本人）' },
  { name: 'points', description: '积分：余额、流水、签到、兑换' },
  { name: 'wechat', description: '微信：登录、JS-SDK、回调、粉丝、标签、模板消息' },
  { name: 'wecom', description: '企业微信' },
  { name: 'messaging', description: '消息中心（对接系统）' },
  { name: 'pay', description: '微信支付' },
  { name: 'analytics', description: '数据分析：看板与导出' },
  { name: 'users-permissions', description: '用户与登录（Strapi）' },
  { name: 'upload', description: '文件上传（Strapi）' },
  { name: 'i18n', description: '多语言（Strapi）' },
];
