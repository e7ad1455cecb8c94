/** A small RFC 4180 CSV reader (quotes, doubled quotes, CRLF, a UTF-8 BOM). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
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
