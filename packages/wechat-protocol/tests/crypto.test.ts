import { describe, expect, it } from 'vitest';
import { isFresh, MsgCrypto, signatureMatches, sortedSha1 } from '../src';

/** Appendix A of reference/wechat-platform.md. */
const A3 = {
  token: 'testtoken',
  key: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  appId: 'wx0000000000000001',
  msg: '<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[oUser1]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hello]]></Content><MsgId>1</MsgId></xml>',
  encrypt:
    'Q3stYC6hdFzMh9T8HCvyDMi9bShgmE5Ap1ziJsGG3IbsWDoBBlsVl7X6+xwF9/pOdKgRfJBu1GAqKLuu8v+n/tNrfZWTkXPdsXSBpSXqiec6ouu/lTTXvY0RJy7HgpV3UgFh/0FuF3d69GkRFBtJTNHSpmqixxHviYlmHiyhsPh0eeD7E6M1fDo+HVx2NKxy7gagoEFUsG1Bl5JPUUk+HixvPz9zk+9oWJWSdVruMdDDKMc38S11M0kpVBW+sOS9Ha85CCyWNLylOFjbryo9n4VEIna+ReV1mPPAIJiBrL/uloc2CFSnyzvUfLBnjsVl3IyfHz8i4YBk8EbNe4S2kfyjD9sp/128tfc3R94LArfBCK735T5DPNZv4JEmPSpu',
  msgSignature: 'f0cb998a2542c7ac59bb74b8d34c0c469ae5585a',
};

describe('signatures', () => {
  it('A.1 plain signature', () => {
    expect(sortedSha1('testtoken', '1700000000', '123456')).toBe('f23603a2121b10f1cc3648528cd8328baeaf225d');
    expect(signatureMatches('testtoken', '1700000000', '123456', 'f23603a2121b10f1cc3648528cd8328baeaf225d')).toBe(true);
    expect(signatureMatches('testtoken', '1700000001', '123456', 'f23603a2121b10f1cc3648528cd8328baeaf225d')).toBe(false);
    expect(signatureMatches('', '1700000000', '123456', 'f23603a2121b10f1cc3648528cd8328baeaf225d')).toBe(false);
    expect(signatureMatches('testtoken', '1700000000', '123456', undefined)).toBe(false);
  });

  it('a timestamp is fresh within 5 minutes either way', () => {
    expect(isFresh('1700000000', 1700000300)).toBe(true);
    expect(isFresh('1700000000', 1700000301)).toBe(false);
    expect(isFresh('1700000300', 1700000000)).toBe(true);
    expect(isFresh('', 0)).toBe(false);
    expect(isFresh('soon', 1700000000)).toBe(false);
  });
});

describe('the AES envelope', () => {
  it('A.3 safe-mode message: encrypt with the fixed random, signature, decrypt', () => {
    const c = new MsgCrypto(A3.token, A3.key, A3.appId);
    expect(c.encrypt(A3.msg, Buffer.from('0123456789abcdef'))).toBe(A3.encrypt);
    expect(c.signature('1700000000', '123456', A3.encrypt)).toBe(A3.msgSignature);
    expect(c.decrypt(A3.encrypt)).toBe(A3.msg);
    expect(() => new MsgCrypto(A3.token, A3.key, 'wx_other').decrypt(A3.encrypt)).toThrow('receiveId');
  });

  it('A.3 wechat-crypto unit vector', () => {
    expect(new MsgCrypto('RMNlACHlV5ThzfRlVS4D4', 'bAZC8S8nz5fcQ0Ui2HxQVGbC6FzyrzWKSuDbmzpBo3G', 'x').signature('timestamp', 'nonce', 'encrypt')).toBe(
      '8edac0945683c119ee71c9f6256d76c48aa08a96',
    );
  });

  it('takes any receiveId: a WeCom CorpID round-trips and is checked', () => {
    const corp = new MsgCrypto(A3.token, A3.key, 'ww1234567890abcdef');
    const sealed = corp.encrypt('<xml><Content>企业微信</Content></xml>');
    expect(corp.decrypt(sealed)).toBe('<xml><Content>企业微信</Content></xml>');
    expect(() => new MsgCrypto(A3.token, A3.key, A3.appId).decrypt(sealed)).toThrow('receiveId');
  });

  it('refuses a key that does not decode to 32 bytes and a tampered message', () => {
    expect(() => new MsgCrypto(A3.token, 'short', A3.appId)).toThrow('32 bytes');
    const tampered = A3.encrypt.slice(0, 40) + (A3.encrypt[40] === 'A' ? 'B' : 'A') + A3.encrypt.slice(41);
    expect(() => new MsgCrypto(A3.token, A3.key, A3.appId).decrypt(tampered)).toThrow();
  });
});
