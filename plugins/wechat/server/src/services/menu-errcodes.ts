/**
 * WeChat's errcodes for the custom menu APIs (reference §0.2, §1.2), explained in Chinese for the
 * operator. Pure data: the admin editor may import it too.
 */
export const MENU_ERRCODES: Record<number, string> = {
  [-1]: '微信系统繁忙，请稍后再试',
  40001: '获取 access_token 时 AppSecret 错误，或 access_token 无效，请检查应用凭证',
  40007: '素材 media_id 无效：请确认素材存在且属于本公众号',
  40013: 'AppID 无效，请检查应用配置',
  40014: 'access_token 不合法，请检查应用凭证',
  40016: '一级菜单数量不对：应为 1 到 3 个',
  40017: '一级菜单类型无效（带子菜单的一级菜单不能再设置类型）',
  40018: '一级菜单名称过长：不能超过 16 字节（约 5 个汉字）',
  40019: '一级菜单 KEY 长度不对：应为 1 到 128 字节',
  40020: '一级菜单链接长度不对：应为 1 到 1024 字节',
  40023: '子菜单数量不对：每个一级菜单下应为 1 到 5 个',
  40024: '子菜单类型无效',
  40025: '子菜单名称过长：不能超过 60 字节（约 20 个汉字）',
  40026: '子菜单 KEY 长度不对：应为 1 到 128 字节',
  40027: '子菜单链接长度不对：应为 1 到 1024 字节',
  40054: '一级菜单链接的域名无效：须为 http:// 或 https:// 开头的网址',
  40055: '子菜单链接的域名无效：须为 http:// 或 https:// 开头的网址',
  40164: '调用接口的服务器 IP 不在公众号的 IP 白名单中，请在公众平台「基本配置」中添加',
  41001: '缺少 access_token',
  42001: 'access_token 已过期，请重试',
  43001: '请求方式错误（需要 GET）',
  43002: '请求方式错误（需要 POST）',
  44002: '提交的菜单数据为空',
  45009: '今日菜单接口调用次数已达上限（创建菜单每天 1000 次），请明天再试',
  45011: '调用过于频繁，请稍后再试',
  46003: '公众号当前没有自定义菜单',
  47001: '菜单数据格式错误：请检查小程序菜单的 AppID、页面路径，或图文菜单的 article_id',
  48001: '公众号没有自定义菜单接口权限（未认证的订阅号等账号无此权限），请在公众平台确认接口权限',
  50002: '公众号已被限制，暂时无法调用接口',
};

/** The operator's explanation of an errcode (with WeChat's own errmsg when we have no words for it). */
export function explainMenuErrcode(errcode: number, errmsg?: string): string {
  const known = MENU_ERRCODES[errcode];
  if (known) return `${known}（微信错误码 ${errcode}）`;
  const raw = (errmsg ?? '').replace(/\s*rid:.*$/, '').trim();
  return `微信拒绝了请求（错误码 ${errcode}${raw ? `：${raw}` : ''}）`;
}
