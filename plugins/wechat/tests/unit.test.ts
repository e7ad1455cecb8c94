import { decryptSecret, encryptSecret, isEncrypted, secretKey, useSecretKey } from '../server/src/lib/secrets';
import { jsapiSignature } from '../server/src/services/jssdk';
import { matchKeyword, type ReplyRule } from '../server/src/services/reply-rules';
import { openPush, PushRejected } from '../server/src/services/push-envelope';

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

describe('Appendix A: the JS-SDK signature and a safe-mode push end to end', () => {
  test('A.2 JS-SDK signature (fragment dropped)', () => {
    const ticket = 'sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg';
    expect(jsapiSignature(ticket, 'Wm3WZYTPz0wzccnW', 1414587457, 'http://mp.weixin.qq.com?params=value#frag')).toBe(
      '0f9de62fce790f9a083d5c99e95740ceb90c27ed',
    );
  });
  test('openPush checks both signatures and the age', () => {
    const app = { appId: A3.appId, token: A3.token, encodingAESKey: A3.key, messageMode: 'safe' as const };
    const body = `<xml><ToUserName><![CDATA[gh_test]]></ToUserName><Encrypt><![CDATA[${A3.encrypt}]]></Encrypt></xml>`;
    const query = {
      signature: 'f23603a2121b10f1cc3648528cd8328baeaf225d',
      timestamp: '1700000000',
      nonce: '123456',
      encrypt_type: 'aes',
      msg_signature: A3.msgSignature,
    };
    expect(openPush(app, query, body, 1700000100).message).toMatchObject({ FromUserName: 'oUser1', Content: 'hello', MsgId: '1' });
    expect(() => openPush(app, { ...query, msg_signature: 'x' }, body, 1700000100)).toThrow(PushRejected);
    expect(() => openPush(app, { ...query, signature: 'x' }, body, 1700000100)).toThrow('签名无效');
    expect(() => openPush(app, query, body, 1700000000 + 301)).toThrow('时间戳已过期');
  });
});

describe('secrets at rest', () => {
  test('AES-256-GCM round trip, random IV, tamper detected', () => {
    useSecretKey(secretKey(undefined, false));
    const a = encryptSecret('s3cret-value');
    expect(isEncrypted(a)).toBe(true);
    expect(a).not.toContain('s3cret');
    expect(encryptSecret('s3cret-value')).not.toBe(a);
    expect(decryptSecret(a)).toBe('s3cret-value');
    const tampered = a.slice(0, -4) + (a.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => decryptSecret(tampered)).toThrow();
  });
  test('production refuses to start without WECHAT_SECRET_KEY', () => {
    expect(() => secretKey(undefined, true)).toThrow('WECHAT_SECRET_KEY');
    expect(() => secretKey('  ', true)).toThrow('WECHAT_SECRET_KEY');
    expect(secretKey('k', true)).toHaveLength(32);
    expect(secretKey('k', true).equals(secretKey(undefined, false))).toBe(false);
  });
});

describe('keyword rules', () => {
  const rule = (id: number, over: Partial<ReplyRule>): ReplyRule => ({
    id,
    kind: 'keyword',
    matchType: 'exact',
    keywords: [],
    priority: 0,
    contentType: 'text',
    text: `r${id}`,
    mediaId: null,
    articles: [],
    linkTitle: null,
    linkUrl: null,
    ...over,
  });
  const rules = [
    rule(1, { keywords: ['积分'], matchType: 'contains' }),
    rule(2, { keywords: ['积分', 'points'], matchType: 'exact' }),
    rule(3, { keywords: ['兑换'], matchType: 'contains', priority: 5 }),
    rule(4, { keywords: ['兑换积分'], matchType: 'exact' }),
  ];
  test('exact beats contains at equal priority; priority first; case and spaces ignored', () => {
    expect(matchKeyword(rules, '积分')?.id).toBe(2);
    expect(matchKeyword(rules, ' POINTS ')?.id).toBe(2);
    expect(matchKeyword(rules, '我的积分')?.id).toBe(1);
    expect(matchKeyword(rules, '兑换积分')?.id).toBe(3);
    expect(matchKeyword(rules, '你好')).toBeNull();
  });
});
