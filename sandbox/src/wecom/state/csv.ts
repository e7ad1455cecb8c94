import { parse } from 'csv-parse/sync';
import { WxError } from '../../wx/errors';

/** The rows of a CSV (csv-parse: quotes, doubled quotes, CRLF, a UTF-8 BOM); empty rows skipped. */
export function parseCsv(text: string): string[][] {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (err) {
    throw new WxError(40058, `invalid csv: ${(err as Error).message}`);
  }
  return rows.filter((row) => row.some((f) => f !== ''));
}

/** Rows as objects keyed by the header; `aliases` maps a canonical name to the headers accepted for it. */
export function csvRecords(text: string, aliases: Record<string, string[]>): { records: Record<string, string>[]; missing: string[] } {
  const [header = [], ...rows] = parseCsv(text);
  const index: Record<string, number> = {};
  for (const [name, names] of Object.entries(aliases)) {
    const i = header.findIndex((h) => names.includes(h.trim()));
    if (i >= 0) index[name] = i;
  }
  const missing = Object.keys(aliases).filter((k) => index[k] === undefined);
  const records = rows.map((r) => Object.fromEntries(Object.entries(index).map(([k, i]) => [k, (r[i] ?? '').trim()])));
  return { records, missing };
}
