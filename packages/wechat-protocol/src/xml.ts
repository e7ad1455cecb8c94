import { XMLParser } from 'fast-xml-parser';

export type XmlFields = Record<string, string>;

const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  cdataPropName: false,
});

export class UnsafeXmlError extends Error {}

/**
 * Parses a WeChat push (a flat `<xml>` element) with no DTD and no entity expansion: a DOCTYPE is
 * refused outright, entities are left as text. Nested elements (ScanCodeInfo...) are flattened to
 * JSON text.
 */
export function parseWechatXml(text: string): XmlFields {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new UnsafeXmlError('DOCTYPE is not allowed');
  const doc = parser.parse(text) as { xml?: Record<string, unknown> };
  if (!doc || typeof doc.xml !== 'object' || doc.xml === null) throw new UnsafeXmlError('not a WeChat XML message');
  const out: XmlFields = {};
  for (const [k, v] of Object.entries(doc.xml)) out[k] = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return out;
}

const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

export type XmlValue = string | number | XmlValue[] | { [k: string]: XmlValue };

/** Builds WeChat reply XML: strings as CDATA, numbers bare, arrays as repeated `<item>`. */
export function buildXml(root: Record<string, XmlValue>, tag = 'xml'): string {
  return `<${tag}>${Object.entries(root)
    .map(([k, v]) => element(k, v))
    .join('')}</${tag}>`;
}

function element(name: string, value: XmlValue): string {
  if (typeof value === 'number') return `<${name}>${value}</${name}>`;
  if (typeof value === 'string') return `<${name}>${cdata(value)}</${name}>`;
  if (Array.isArray(value)) return `<${name}>${value.map((v) => element('item', v)).join('')}</${name}>`;
  return buildXml(value, name);
}
