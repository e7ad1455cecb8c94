/** CSV that Excel opens as UTF-8 (a BOM first), RFC 4180 quoting, CRLF line ends. */
export const BOM = '\uFEFF';

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  // A leading = + - @ would run as a formula in Excel: prefixed with a quote.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const csvLine = (values: unknown[]): string => `${values.map(cell).join(',')}\r\n`;

export interface CsvColumn {
  header: string;
  value: (row: Record<string, unknown>) => unknown;
}

export async function* csvRows(columns: CsvColumn[], rows: AsyncIterable<Record<string, unknown>>): AsyncGenerator<string> {
  yield BOM + csvLine(columns.map((c) => c.header));
  for await (const row of rows) yield csvLine(columns.map((c) => c.value(row)));
}
