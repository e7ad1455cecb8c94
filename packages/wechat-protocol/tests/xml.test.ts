import { describe, expect, it } from 'vitest';
import { buildXml, parseWechatXml, UnsafeXmlError } from '../src';

describe('XML', () => {
  it('refuses DOCTYPE and leaves entities as text', () => {
    expect(() => parseWechatXml('<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml><Content>&x;</Content></xml>')).toThrow(UnsafeXmlError);
    expect(parseWechatXml('<xml><Content>a &amp; b</Content><CreateTime>1</CreateTime></xml>')).toEqual({ Content: 'a &amp; b', CreateTime: '1' });
  });

  it('refuses what is not a WeChat <xml> message and flattens nested elements to JSON', () => {
    expect(() => parseWechatXml('<root><a>1</a></root>')).toThrow(UnsafeXmlError);
    expect(JSON.parse(parseWechatXml('<xml><ScanCodeInfo><ScanType>qrcode</ScanType></ScanCodeInfo></xml>').ScanCodeInfo!)).toEqual({ ScanType: 'qrcode' });
  });

  it('reads flat pushes field by field and gives repeated, mixed or empty ones the same treatment', () => {
    expect(parseWechatXml('<?xml version="1.0"?>\n<xml>\n  <A> spaced </A>\n  <B></B>\n  <C/>\n  <D>x<![CDATA[y]]>z</D>\n</xml>')).toEqual({
      A: 'spaced',
      B: '',
      C: '',
      D: 'xyz',
    });
    expect(parseWechatXml('<xml><A>1</A><A>2</A></xml>')).toEqual({ A: '["1","2"]' });
    expect(parseWechatXml('<xml><A>1</A>loose</xml>')).toEqual({ A: '1', '#text': 'loose' });
    expect(JSON.parse(parseWechatXml('<xml><Articles><item><Title>a</Title></item><item><Title>b</Title></item></Articles></xml>').Articles!)).toEqual({
      item: [{ Title: 'a' }, { Title: 'b' }],
    });
    for (const empty of ['<xml></xml>', '<xml/>', '<xml>text</xml>']) expect(() => parseWechatXml(empty)).toThrow(UnsafeXmlError);
  });

  it('builds replies: strings as CDATA (a "]]>" split safely), numbers bare, arrays as items', () => {
    const xml = buildXml({ ToUserName: 'o1', CreateTime: 1, Content: 'a]]>b', Articles: [{ Title: 't' }] });
    expect(xml).toBe(
      '<xml><ToUserName><![CDATA[o1]]></ToUserName><CreateTime>1</CreateTime><Content><![CDATA[a]]]]><![CDATA[>b]]></Content><Articles><item><Title><![CDATA[t]]></Title></item></Articles></xml>',
    );
    expect(parseWechatXml(xml).Content).toBe('a]]>b');
  });
});
