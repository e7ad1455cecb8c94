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

  it('builds replies: strings as CDATA (a "]]>" split safely), numbers bare, arrays as items', () => {
    const xml = buildXml({ ToUserName: 'o1', CreateTime: 1, Content: 'a]]>b', Articles: [{ Title: 't' }] });
    expect(xml).toBe(
      '<xml><ToUserName><![CDATA[o1]]></ToUserName><CreateTime>1</CreateTime><Content><![CDATA[a]]]]><![CDATA[>b]]></Content><Articles><item><Title><![CDATA[t]]></Title></item></Articles></xml>',
    );
    expect(parseWechatXml(xml).Content).toBe('a]]>b');
  });
});
