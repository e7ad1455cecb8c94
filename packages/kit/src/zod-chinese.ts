import { z, ZodIssueCode, type ZodErrorMap } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: '字符串',
  number: '数字',
  integer: '整数',
  bigint: '整数',
  float: '数字',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  date: '日期',
  null: 'null',
  undefined: '空值',
  nan: 'NaN',
  function: '函数',
  symbol: 'Symbol',
  map: 'Map',
  set: 'Set',
  promise: 'Promise',
  unknown: '未知类型',
  never: '无',
  void: '空值',
};
const typeName = (t: string) => TYPE_NAMES[t] ?? t;
const list = (options: readonly unknown[]) => options.map((o) => String(o)).join('、');

const STRING_FORMATS: Record<string, string> = {
  email: '不是有效的邮箱地址',
  url: '不是有效的网址',
  datetime: '必须是 ISO 8601 时间',
  date: '必须是 YYYY-MM-DD 日期',
  time: '必须是 HH:mm:ss 时间',
  ip: '不是有效的 IP 地址',
};

/**
 * zod's default messages in Chinese: what a 400 says about a field when the schema gives no message
 * of its own (a schema's own message always wins). Set once for the process, when the kit loads.
 */
export const chineseErrorMap: ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case ZodIssueCode.invalid_type:
      if (issue.received === 'undefined') return { message: '必填' };
      return { message: `应为${typeName(issue.expected)}，收到的是${typeName(issue.received)}` };
    case ZodIssueCode.invalid_literal:
      return { message: `只能是 ${JSON.stringify(issue.expected)}` };
    case ZodIssueCode.unrecognized_keys:
      return { message: `不支持的字段：${list(issue.keys)}` };
    case ZodIssueCode.invalid_union:
    case ZodIssueCode.invalid_intersection_types:
      return { message: '格式不正确' };
    case ZodIssueCode.invalid_union_discriminator:
    case ZodIssueCode.invalid_enum_value:
      return { message: `只能是 ${list(issue.options)}` };
    case ZodIssueCode.invalid_date:
      return { message: '不是有效的日期' };
    case ZodIssueCode.invalid_string:
      return { message: typeof issue.validation === 'string' ? (STRING_FORMATS[issue.validation] ?? '格式不正确') : '格式不正确' };
    case ZodIssueCode.too_small: {
      const min = issue.type === 'date' ? new Date(Number(issue.minimum)).toISOString() : String(issue.minimum);
      if (issue.type === 'string') return { message: issue.exact ? `必须是 ${min} 个字符` : Number(issue.minimum) === 1 ? '不能为空' : `至少 ${min} 个字符` };
      if (issue.type === 'array' || issue.type === 'set') return { message: issue.exact ? `必须是 ${min} 项` : `至少 ${min} 项` };
      if (issue.type === 'date') return { message: `不能早于 ${min}` };
      return { message: issue.inclusive ? `不能小于 ${min}` : `必须大于 ${min}` };
    }
    case ZodIssueCode.too_big: {
      const max = issue.type === 'date' ? new Date(Number(issue.maximum)).toISOString() : String(issue.maximum);
      if (issue.type === 'string') return { message: issue.exact ? `必须是 ${max} 个字符` : `最多 ${max} 个字符` };
      if (issue.type === 'array' || issue.type === 'set') return { message: issue.exact ? `必须是 ${max} 项` : `最多 ${max} 项` };
      if (issue.type === 'date') return { message: `不能晚于 ${max}` };
      return { message: issue.inclusive ? `不能大于 ${max}` : `必须小于 ${max}` };
    }
    case ZodIssueCode.not_multiple_of:
      return { message: `必须是 ${String(issue.multipleOf)} 的倍数` };
    case ZodIssueCode.not_finite:
      return { message: '必须是有限的数字' };
    case ZodIssueCode.custom:
      return { message: issue.message ?? '格式不正确' };
    default:
      return { message: ctx.defaultError };
  }
};

z.setErrorMap(chineseErrorMap);
