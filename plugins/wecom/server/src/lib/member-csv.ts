import { parse } from 'csv-parse/sync';
import type { FieldProblem } from '@wedraw/kit';

/**
 * The members CSV of the batch import (UTF-8, header first), in the columns WeCom's
 * `batch/syncuser` reads: 姓名, 帐号, 手机号, 邮箱, 所在部门 (department ids separated by `;`), 职务, 性别.
 */
export const COLUMNS = [
  { key: 'name', header: '姓名', aliases: ['姓名'], required: true, hint: '必填，1–64 个字符' },
  {
    key: 'userid',
    header: '帐号',
    aliases: ['帐号', '账号', 'UserID', 'userid'],
    required: true,
    hint: '必填，即 UserID：1–64 位字母、数字或 _.@-，文件内不可重复',
  },
  { key: 'mobile', header: '手机号', aliases: ['手机号'], required: false, hint: '选填，如 13800000000 或 +852-61234567' },
  { key: 'email', header: '邮箱', aliases: ['邮箱'], required: false, hint: '选填' },
  { key: 'department', header: '所在部门', aliases: ['所在部门'], required: true, hint: '必填，部门 ID 或部门名称，多个用 ; 分隔' },
  { key: 'position', header: '职务', aliases: ['职务', '职位'], required: false, hint: '选填，最多 128 个字符' },
  { key: 'gender', header: '性别', aliases: ['性别'], required: false, hint: '选填，男 或 女' },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];
export type CsvMember = Record<ColumnKey, string>;

/** One member of the file, checked and with its departments resolved to ids. */
export interface ImportRow {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  userid: string;
  name: string;
  mobile: string;
  email: string;
  departments: number[];
  position: string;
  gender: string;
}

/** Departments of the corp as the mirror knows them. */
export interface KnownDepartment {
  deptId: number;
  name: string | null;
}

export const MAX_ROWS = 10_000;
const MAX_LISTED = 50;
const USERID = /^[A-Za-z0-9_.@-]{1,64}$/;
const MOBILE = /^\+?[0-9-]{5,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The rows of a CSV (csv-parse: quotes, doubled quotes, CRLF, a UTF-8 BOM); blank rows skipped. */
export function parseCsv(text: string): string[][] {
  const rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  return rows.filter((row) => row.some((f) => f.trim() !== ''));
}

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const line = (cells: string[]) => cells.map(quote).join(',');

/** The downloadable template: the header only, with a BOM so that Excel opens it as UTF-8. */
export function templateCsv(): string {
  return `\uFEFF${line(COLUMNS.map((c) => c.header))}\r\n`;
}

/** The file WeCom receives: canonical headers, department ids. */
export function wecomCsv(rows: ImportRow[]): string {
  const cells = (r: ImportRow) => [r.name, r.userid, r.mobile, r.email, r.departments.join(';'), r.position, r.gender];
  return [line(COLUMNS.map((c) => c.header)), ...rows.map((r) => line(cells(r)))].join('\r\n') + '\r\n';
}

function departmentResolver(known: KnownDepartment[]) {
  const ids = new Set(known.map((d) => d.deptId));
  const byName = new Map<string, number[]>();
  for (const d of known) if (d.name) byName.set(d.name, [...(byName.get(d.name) ?? []), d.deptId]);
  return (token: string): { id: number } | { problem: string } => {
    if (/^\d+$/.test(token)) return ids.has(Number(token)) ? { id: Number(token) } : { problem: `部门 ID ${token} 不存在` };
    const hits = byName.get(token) ?? [];
    if (hits.length === 1) return { id: hits[0]! };
    return { problem: hits.length ? `部门名称「${token}」有重名，请改填部门 ID` : `部门「${token}」不存在` };
  };
}

/**
 * Reads and checks the whole file before anything is sent: every problem is named by its row
 * and column (`rows.<row>.<column>`), so the operator fixes the file once.
 */
export function readMembers(text: string, known: KnownDepartment[]): { rows: ImportRow[]; problems: FieldProblem[] } {
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch (err) {
    const at = (err as { lines?: number }).lines;
    return { rows: [], problems: [{ field: 'csv', message: `CSV 格式不正确${at ? `（第 ${at} 行附近）` : ''}：请在 Excel 中另存为「CSV UTF-8」后再导入` }] };
  }
  const [header = [], ...body] = table;
  const index = new Map<ColumnKey, number>();
  for (const c of COLUMNS) {
    const i = header.findIndex((h) => (c.aliases as readonly string[]).includes(h.trim()));
    if (i >= 0) index.set(c.key, i);
  }
  const missing = COLUMNS.filter((c) => c.required && !index.has(c.key));
  if (missing.length) return { rows: [], problems: missing.map((c) => ({ field: `columns.${c.key}`, message: `第 1 行（表头）缺少必填列「${c.header}」` })) };
  if (!body.length) return { rows: [], problems: [{ field: 'csv', message: '文件中没有成员数据' }] };
  if (body.length > MAX_ROWS) return { rows: [], problems: [{ field: 'csv', message: `一次最多导入 ${MAX_ROWS} 名成员，文件中有 ${body.length} 名` }] };

  const resolve = departmentResolver(known);
  const problems: FieldProblem[] = [];
  const seen = new Map<string, number>();
  const rows: ImportRow[] = body.map((cells, i) => {
    const row = i + 2;
    const get = (key: ColumnKey) => (index.has(key) ? (cells[index.get(key)!] ?? '').trim() : '');
    const bad = (key: ColumnKey, message: string) => {
      const header = COLUMNS.find((c) => c.key === key)!.header;
      problems.push({ field: `rows.${row}.${key}`, message: `第 ${row} 行「${header}」${message}` });
    };
    const m = Object.fromEntries(COLUMNS.map((c) => [c.key, get(c.key)])) as CsvMember;
    if (!m.name) bad('name', '不能为空');
    else if ([...m.name].length > 64) bad('name', '最多 64 个字符');
    if (!USERID.test(m.userid)) bad('userid', m.userid ? '须为 1–64 位字母、数字或 _.@-' : '不能为空');
    else if (seen.has(m.userid)) bad('userid', `与第 ${seen.get(m.userid)} 行重复`);
    else seen.set(m.userid, row);
    if (m.mobile && !MOBILE.test(m.mobile)) bad('mobile', `格式不正确（${m.mobile}）`);
    if (m.email && !EMAIL.test(m.email)) bad('email', `格式不正确（${m.email}）`);
    if (m.position && [...m.position].length > 128) bad('position', '最多 128 个字符');
    if (m.gender && m.gender !== '男' && m.gender !== '女') bad('gender', '只能填 男 或 女');
    const departments: number[] = [];
    const tokens = m.department
      .split(/[;；]/)
      .map((t) => t.trim())
      .filter(Boolean);
    if (!tokens.length) bad('department', '不能为空');
    for (const token of tokens) {
      const found = resolve(token);
      if ('problem' in found) bad('department', found.problem);
      else if (!departments.includes(found.id)) departments.push(found.id);
    }
    return { row, userid: m.userid, name: m.name, mobile: m.mobile, email: m.email, departments, position: m.position, gender: m.gender };
  });
  return { rows, problems: problems.slice(0, MAX_LISTED) };
}
