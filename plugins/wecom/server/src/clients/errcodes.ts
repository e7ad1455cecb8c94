import { businessError } from '@wedraw/kit';
import { WecomError } from './wecom-client';

/** WeCom's errcodes in words an operator can act on (wecom-and-pay.md A0–A6). */
const EXPLAINED: Record<number, string> = {
  [-1]: '企业微信暂时无响应，请稍后重试',
  40001: 'Secret 无效：请到企业微信管理后台核对该 Secret',
  40003: '成员 UserID 不合法',
  40013: 'CorpID 无效：请核对「我的企业」中的企业 ID',
  40014: 'access_token 无效',
  40058: '参数不合法',
  40071: '标签名称已存在或超过 32 个字符',
  42001: 'access_token 已过期',
  48002: '该 Secret 无权调用此接口：通讯录写操作须使用「通讯录同步」Secret，客户联系须使用「客户联系」Secret 或已授权的应用',
  48009: '通讯录同步助手从新 IP 调用，暂不能读取成员详情：请在企业微信后台确认该 IP',
  60001: '部门名称长度不合法（1–64 个字符）',
  60003: '部门不存在',
  60004: '上级部门不存在',
  60005: '部门下还有成员，不能删除',
  60006: '部门下还有子部门，不能删除',
  60008: '同一上级下已有同名部门，或部门 ID 已被占用',
  60009: '部门名称含有不允许的字符（\\:*?"<>|）',
  60010: '不能把部门移到它自己或它的下级部门之下',
  60011: '无权访问或修改该通讯录范围（请检查应用的可见范围）',
  60020: '调用方 IP 不在企业可信 IP 中：请在企业微信后台的应用「企业可信IP」中加入该 IP',
  60102: '该 UserID 已存在',
  60103: '手机号码不合法',
  60104: '手机号码已被其他成员使用',
  60111: '成员不存在',
  60112: '成员姓名不合法',
  60123: '部门 ID 不合法',
  81011: '该标签不是用这个 Secret 创建的，无权修改',
  81013: '接收人全部无效',
  301002: '该 Secret 不属于这个应用（AgentId 不符）',
  40005: '文件类型不合法（图片须为 JPG 或 PNG）',
  40007: '媒体文件 media_id 无效或已过期',
  40008: '消息类型不合法',
  40009: '图片大小不合法（不超过 2 MB）',
  45009: '调用频率超限：群机器人每分钟最多 20 条，稍后自动重发',
  93000: '群机器人 Webhook 地址无效：机器人已被移出群或 key 不正确，请在群里重新复制 Webhook 地址',
  301019: '图片的 MD5 与内容不符',
};

/** The Chinese explanation of an errcode (the `from ip` of 60020 included, since that is what to trust). */
export function explain(errcode: number, errmsg = ''): string {
  const words = EXPLAINED[errcode] ?? `企业微信返回错误：${errmsg || '未知错误'}`;
  const ip = /from ip:\s*([0-9a-fA-F.:]+)/.exec(errmsg)?.[1];
  return ip ? `${words}（来源 IP：${ip}）` : words;
}

/** A refusal by WeCom as the 409 `WecomRefused` (details: errcode and WeCom's own errmsg). */
export function refused(err: unknown): Error {
  if (!(err instanceof WecomError)) return err as Error;
  return businessError('WecomRefused', `企业微信拒绝（${err.errcode}）：${explain(err.errcode, err.errmsg)}`, { errcode: err.errcode, errmsg: err.errmsg });
}

/** Runs a call to WeCom; its refusal becomes a 409 `WecomRefused`. */
export async function orRefused<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw refused(err);
  }
}
