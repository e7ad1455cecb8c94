import { XMLParser } from 'fast-xml-parser';

/** A value in WeChat's XML: strings become CDATA, numbers (and 64-bit bigints) stay bare, objects nest. */
export type XmlValue = string | number | bigint | XmlObject | XmlObject[];
export interface XmlObject {
  [key: string]: XmlValue | undefined;
}

function cdata(text: string): string {
  return `<![CDATA[${text.split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

function element(name: string, value: XmlValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return `<${name}>${value}</${name}>`;
  if (typeof value === 'string') return `<${name}>${cdata(value)}</${name}>`;
  if (Array.isArray(value)) return `<${name}>${value.map((item) => element('item', item)).join('')}</${name}>`;
  return `<${name}>${body(value)}</${name}>`;
}

function body(obj: XmlObject): string {
  return Object.entries(obj)
    .map(([k, v]) => element(k, v))
    .join('');
}

/** `<xml>...</xml>` in WeChat's style. */
export function toXml(obj: XmlObject): string {
  return `<xml>${body(obj)}</xml>`;
}

const parser = new XMLParser({ parseTagValue: false, ignoreAttributes: true, ignoreDeclaration: true, trimValues: true });

/** Parses `<xml>...</xml>` into a flat map of strings (nested elements become objects). */
export function parseXml(text: string): Record<string, unknown> {
  const doc = parser.parse(text) as Record<string, unknown>;
  const root = doc.xml;
  if (!root || typeof root !== 'object') throw new Error('not a WeChat <xml> document');
  return root as Record<string, unknown>;
}

/** Strict-ish check that a body looks like an XML document (fast-xml-parser is lenient). */
export function looksLikeXml(text: string): boolean {
  const t = text.trim();
  return t.startsWith('<xml>') && t.endsWith('</xml>');
}
