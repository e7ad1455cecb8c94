import type { Core } from '@strapi/strapi';

/** Chinese labels (and hints) for every field an operator sees in the content manager. */
export const FIELD_LABELS: Record<string, Record<string, string | { label: string; description?: string; readOnly?: boolean }>> = {
  'api::category.category': {
    name: '分类名称',
    parent: { label: '上级分类', description: '不选即为一级分类；最多三级' },
    children: { label: '下级分类', readOnly: true },
    level: { label: '层级', description: '根据上级分类自动计算', readOnly: true },
    sort: { label: '排序', description: '数字越小越靠前' },
    enabled: '启用',
    icon: '图标',
    goods: { label: '商品', readOnly: true },
  },
  'api::good.good': {
    title: '商品名称',
    subtitle: '副标题',
    description: '商品详情',
    cover: '封面图',
    images: '商品图片',
    category: { label: '所属分类', description: '只能选择末级分类' },
    tags: { label: '标签', description: '输入后按回车添加，点标签移除；「按标签」选品的专区用它' },
    isHot: '热门',
    isDiscount: '折扣商品',
    discountRate: { label: '折扣率', description: '0–100，80 表示 8 折' },
    sortWeight: { label: '排序权重', description: '数字越大越靠前' },
    onShelf: '上架',
    exchangeLimitPerUser: { label: '每人限兑数量', description: '0 表示不限' },
    skus: '规格（SKU）',
  },
  'api::sku.sku': {
    good: '所属商品',
    specs: { label: '规格', description: '例如 {"颜色":"红","尺码":"M"}' },
    pointsPrice: '积分价',
    cashPrice: { label: '现金价（分）', description: '纯积分商品填 0' },
    stock: { label: '库存', description: '运营可设置；兑换时由系统扣减' },
    sales: { label: '销量', readOnly: true },
    code: '规格编码',
  },
  'api::banner.banner': {
    title: '标题',
    image: '图片',
    linkType: { label: '跳转类型', description: '商品列表 / 商品详情 / 分类 / 活动 / 外部链接 / 小程序页面' },
    linkValue: { label: '跳转参数', description: '商品、分类的 documentId，网址或小程序页面路径' },
    goods: { label: '关联商品', description: '跳转类型为商品列表时使用' },
    sort: { label: '排序', description: '数字越小越靠前' },
    enabled: '启用',
    startAt: '开始时间',
    endAt: '结束时间',
    clicks: { label: '点击次数', readOnly: true },
  },
  'api::zone.zone': {
    name: '专区名称',
    code: { label: '专区编码', description: '小写字母、数字或短横线，例如 hot、discount' },
    strategy: { label: '选品方式', description: '手动 / 按折扣 / 按销量 / 按分类 / 按标签' },
    goods: { label: '手动选择的商品', description: '选品方式为手动时按此顺序展示' },
    category: '分类（按分类选品时）',
    tag: '标签（按标签选品时）',
    homepageCount: { label: '首页展示数量', description: '默认 3' },
    sort: { label: '排序', description: '数字越小越靠前' },
    enabled: '启用',
  },
  'plugin::wechat.reply': {
    name: { label: '回复名称', description: '便于识别' },
    appId: { label: '所属公众号 AppID', description: '在「微信 → 应用」中查看' },
    kind: { label: '回复类型', description: '关注回复 / 关键词回复 / 默认回复（没有关键词匹配时）' },
    matchType: { label: '匹配方式', description: '完全匹配或包含关键词' },
    keywords: { label: '关键词', description: '例如 ["积分","签到"]；菜单「点击推事件」的 KEY 也写在这里' },
    priority: { label: '优先级', description: '多条关键词回复都匹配时，数字大的优先' },
    contentType: { label: '内容类型', description: '文字 / 图片 / 图文 / 链接' },
    text: '文字内容',
    mediaId: { label: '图片 mediaId', description: '内容类型为图片时填写' },
    articles: { label: '图文', description: '内容类型为图文时填写' },
    linkTitle: '链接标题',
    linkUrl: '链接网址',
    enabled: '启用',
  },
  'plugin::users-permissions.user': {
    username: '用户名',
    email: '邮箱',
    provider: { label: '登录方式', readOnly: true },
    password: '密码',
    resetPasswordToken: '重置密码令牌',
    confirmationToken: '确认令牌',
    confirmed: '已确认',
    blocked: '已禁用',
    role: '访客角色',
  },
  'api::address.address': {
    user: '用户',
    receiver: '收货人',
    phone: '联系电话',
    province: '省',
    city: '市',
    district: '区/县',
    detail: '详细地址',
    isDefault: '默认地址',
  },
};

/**
 * Write the Chinese labels into the content manager's stored configuration. Only labels still equal
 * to the attribute name (Strapi's default) are replaced, so what an operator renamed stays.
 */
export async function applyAdminLabels(strapi: Core.Strapi): Promise<void> {
  const contentTypes = strapi.plugin('content-manager').service('content-types') as any;
  for (const [uid, fields] of Object.entries(FIELD_LABELS)) {
    const contentType = contentTypes.findContentType(uid);
    if (!contentType) continue;
    const configuration = await contentTypes.findConfiguration(contentType);
    let changed = false;
    for (const [attribute, spec] of Object.entries(fields)) {
      const meta = configuration.metadatas?.[attribute];
      if (!meta) continue;
      const { label, description, readOnly } = typeof spec === 'string' ? { label: spec, description: undefined, readOnly: false } : spec;
      if (meta.edit && (meta.edit.label === attribute || !meta.edit.label)) {
        meta.edit.label = label;
        if (description) meta.edit.description = description;
        if (readOnly) meta.edit.editable = false;
        changed = true;
      }
      if (meta.list && (meta.list.label === attribute || !meta.list.label)) {
        meta.list.label = label;
        changed = true;
      }
    }
    if (changed) {
      const { uid: _uid, ...rest } = configuration;
      await contentTypes.updateConfiguration(contentType, rest);
    }
  }
}
