import { decryptBizData, encryptBizData, jsapiSignature, MsgCrypt, sortedSha1 } from '../src';
// An independent implementation (node-webot/wechat-crypto, installed with co-wechat).

const WXBizMsgCrypt = require('wechat-crypto');

/** Test vectors from ../shared/reference/wechat-platform.md, Appendix A. */
const A3 = {
  token: 'testtoken',
  key: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  appId: 'wx0000000000000001',
  aesKeyHex: '69b71d79f8218a39259a7a29aabb2dbafc31cb3d35db7e39ebbf3d0010831051',
  random: Buffer.from('0123456789abcdef', 'ascii'),
  msg: '<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[oUser1]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hello]]></Content><MsgId>1</MsgId></xml>',
  encrypt:
    'Q3stYC6hdFzMh9T8HCvyDMi9bShgmE5Ap1ziJsGG3IbsWDoBBlsVl7X6+xwF9/pOdKgRfJBu1GAqKLuu8v+n/tNrfZWTkXPdsXSBpSXqiec6ouu/lTTXvY0RJy7HgpV3UgFh/0FuF3d69GkRFBtJTNHSpmqixxHviYlmHiyhsPh0eeD7E6M1fDo+HVx2NKxy7gagoEFUsG1Bl5JPUUk+HixvPz9zk+9oWJWSdVruMdDDKMc38S11M0kpVBW+sOS9Ha85CCyWNLylOFjbryo9n4VEIna+ReV1mPPAIJiBrL/uloc2CFSnyzvUfLBnjsVl3IyfHz8i4YBk8EbNe4S2kfyjD9sp/128tfc3R94LArfBCK735T5DPNZv4JEmPSpu',
  msgSignature: 'f0cb998a2542c7ac59bb74b8d34c0c469ae5585a',
  signature: 'f23603a2121b10f1cc3648528cd8328baeaf225d',
};

describe('crypto against Appendix A', () => {
  test('A.1 plain callback signature', () => {
    expect(sortedSha1('testtoken', '1700000000', '123456')).toBe('f23603a2121b10f1cc3648528cd8328baeaf225d');
  });

  test('A.2 JS-SDK signature (official example)', () => {
    const sig = jsapiSignature({
      ticket: 'sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg',
      nonceStr: 'Wm3WZYTPz0wzccnW',
      timestamp: 1414587457,
      url: 'http://mp.weixin.qq.com?params=value#section',
    });
    expect(sig).toBe('0f9de62fce790f9a083d5c99e95740ceb90c27ed');
  });

  test('A.3 safe-mode encrypt with a fixed random prefix gives the vector exactly', () => {
    const c = new MsgCrypt(A3.token, A3.key, A3.appId);
    expect(c.key.toString('hex')).toBe(A3.aesKeyHex);
    expect(Buffer.byteLength(A3.msg) + 20 + A3.appId.length).toBe(262);
    expect(c.encrypt(A3.msg, A3.random)).toBe(A3.encrypt);
    expect(c.signature('1700000000', '123456', A3.encrypt)).toBe(A3.msgSignature);
    expect(c.decrypt(A3.encrypt)).toEqual({ message: A3.msg, receiveId: A3.appId });
  });

  test('A.3 agrees with node-webot/wechat-crypto both ways', () => {
    const ours = new MsgCrypt(A3.token, A3.key, A3.appId);
    const theirs = new WXBizMsgCrypt(A3.token, A3.key, A3.appId);
    expect(theirs.decrypt(A3.encrypt).message).toBe(A3.msg);
    expect(theirs.getSignature('1700000000', '123456', A3.encrypt)).toBe(A3.msgSignature);
    const text = '<xml><Content><![CDATA[你好，沙箱]]></Content></xml>';
    expect(theirs.decrypt(ours.encrypt(text))).toEqual({ message: text, id: A3.appId });
    expect(ours.decrypt(theirs.encrypt(text))).toEqual({ message: text, receiveId: A3.appId });
  });

  test("wechat-crypto's own unit vector", () => {
    expect(sortedSha1('RMNlACHlV5ThzfRlVS4D4', 'timestamp', 'nonce', 'encrypt')).toBe('8edac0945683c119ee71c9f6256d76c48aa08a96');
  });

  test('padding is PKCS#7 to 32-byte blocks, a full block when aligned', () => {
    const c = new MsgCrypt(A3.token, A3.key, '');
    for (const len of [0, 11, 12, 13, 44]) {
      const msg = 'x'.repeat(len);
      const raw = Buffer.from(c.encrypt(msg), 'base64');
      expect(raw.length % 32).toBe(0);
      expect(raw.length).toBe((Math.floor((20 + len) / 32) + 1) * 32);
      expect(c.decrypt(c.encrypt(msg)).message).toBe(msg);
    }
  });

  test('mini program encrypted data round-trips (AES-128-CBC)', () => {
    const sessionKey = Buffer.alloc(16, 7).toString('base64');
    const { encryptedData, iv } = encryptBizData(sessionKey, { nickName: '张小绘', watermark: { appid: 'wx1' } });
    expect(decryptBizData(sessionKey, encryptedData, iv)).toEqual({ nickName: '张小绘', watermark: { appid: 'wx1' } });
  });
});
