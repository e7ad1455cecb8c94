import { XMLParser, type X2jOptions } from 'fast-xml-parser';

export type XmlFields = Record<string, string>;

const OPTIONS: Partial<X2jOptions> = {
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  cdataPropName: false,
};
/** The parser's own node list, without its conversion to an object (most of its cost on a small push). */
const ordered = new XMLParser({ ...OPTIONS, preserveOrder: true });
/** The object form, for the rare push with nested or repeated elements. */
const nested = new XMLParser(OPTIONS);

export class UnsafeXmlError extends Error {}

type OrderedNode = Record<string, unknown>;

/**
 * The fields of a flat `<xml>` (each child one element holding only text), read straight from the
 * ordered node list; null when a child is nested or repeated (the object form handles those).
 */
function flatFields(doc: OrderedNode[]): XmlFields | null {
  const root = doc.find((n) => 'xml' in n)?.xml;
  if (!Array.isArray(root) || root.length === 0) return null;
  const out: XmlFields = {};
  for (const child of root as OrderedNode[]) {
    const keys = Object.keys(child);
    if (keys.length !== 1) return null;
    const name = keys[0]!;
    const content = child[name] as OrderedNode[];
    if (name === '#text' || name in out || !Array.isArray(content) || content.length > 1) return null;
    if (content.length === 0) out[name] = '';
    else if (typeof content[0]!['#text'] === 'string' && Object.keys(content[0]!).length === 1) out[name] = content[0]!['#text'] as string;
    else return null;
  }
  return out;
}

/**
 * Parses a WeChat push (a flat `<xml>` element) with no DTD and no entity expansion: a DOCTYPE is
 * refused outright, entities are left as text. Nested elements (ScanCodeInfo...) are flattened to
 * JSON text.
 */
export function parseWechatXml(text: string): XmlFields {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new UnsafeXmlError('DOCTYPE is not allowed');
  const flat = flatFields(ordered.parse(text) as OrderedNode[]);
  if (flat) return flat;
  const doc = nested.parse(text) as { xml?: Record<string, unknown> };
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
