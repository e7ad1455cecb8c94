import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { adminActions, callbackTokenField, encodingAesKeyField, parse } from '../src';

describe('WeChat-family callback fields', () => {
  const schema = z.object({ token: callbackTokenField, aesKey: encodingAesKeyField });
  it('takes a console Token and a 43-character EncodingAESKey, or empty', () => {
    expect(parse(schema, { token: 'wedraw_1', aesKey: 'a'.repeat(43) })).toEqual({ token: 'wedraw_1', aesKey: 'a'.repeat(43) });
    expect(parse(schema, { token: '', aesKey: '' })).toEqual({ token: '', aesKey: '' });
  });
  it('names the field it refuses', () => {
    expect(() => parse(schema, { token: 'a b', aesKey: 'short' })).toThrow(/token：Token 为 3–32 位字母、数字或下划线/);
    expect(() => parse(schema, { token: 'ok_token', aesKey: 'short' })).toThrow(/aesKey：EncodingAESKey 为 43 位字母或数字/);
  });
});

describe('adminActions', () => {
  it('names a plugin’s actions and the policies of a route guarded by one', () => {
    const { action, can } = adminActions('wecom');
    expect(action('corps.read', '查看企业', '企业')).toEqual({
      section: 'plugins',
      displayName: '查看企业',
      uid: 'corps.read',
      pluginName: 'wecom',
      subCategory: '企业',
    });
    expect(can('corps.read')).toEqual(['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: ['plugin::wecom.corps.read'] } }]);
  });
});
