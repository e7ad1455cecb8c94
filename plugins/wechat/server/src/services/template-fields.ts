/** Template content helpers: the fields of `{{key.DATA}}` placeholders, and a preview of filled data. */
export interface TemplateField {
  key: string;
  label: string;
}

export type TemplateData = Record<string, { value: string; color?: string }>;

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\.DATA\s*\}\}/g;
const DEFAULT_LABELS: Record<string, string> = { first: '首行', remark: '备注' };

/** The fields in order of appearance; the label is the text before the placeholder on its line. */
export function parseFields(content: string): TemplateField[] {
  const fields: TemplateField[] = [];
  const seen = new Set<string>();
  for (const line of content.split(/\r?\n/)) {
    for (const m of line.matchAll(PLACEHOLDER)) {
      const key = m[1];
      if (seen.has(key)) continue;
      seen.add(key);
      const before = line
        .slice(0, m.index)
        .replace(PLACEHOLDER, '')
        .replace(/[：:\s]+$/, '')
        .trim();
      fields.push({ key, label: before || DEFAULT_LABELS[key] || key });
    }
  }
  return fields;
}

/** The message as the fan would read it: placeholders replaced by the data's values. */
export function renderPreview(content: string, data: TemplateData): string {
  return content.replace(PLACEHOLDER, (_all, key: string) => data[key]?.value ?? '');
}
