import { describe, expect, test } from 'vitest';
import { toApiError } from '~/composables/useApi';
import { safeReturnPath } from '~/composables/useAuth';
import { bannerTarget } from '~/composables/useBannerLink';
import { crossOrigin, resolveMediaUrl } from '~/composables/useMediaUrl';
import { insideWechat } from '~/composables/useWechatShare';
import { formatFen, formatTime, signed, specsText } from '@wedraw/contract';
import type { BannerLinkType } from '@wedraw/contract';

const banner = (linkType: BannerLinkType, linkValue: string | null) => bannerTarget({ documentId: 'b', linkType, linkValue });

describe('bannerTarget: every link type of the content model', () => {
  test.each([
    ['goods-detail', 'g1', { kind: 'route', to: '/goods/g1' }],
    ['category', 'c1', { kind: 'route', to: '/goods?category=c1' }],
    ['goods-list', 'hot', { kind: 'route', to: '/goods?zone=hot' }],
    ['goods-list', '', { kind: 'route', to: '/goods' }],
    ['activity', '/checkin', { kind: 'route', to: '/checkin' }],
    ['activity', 'double12', { kind: 'none', notice: '活动即将开始，敬请期待' }],
    ['external', 'https://example.com/sale', { kind: 'external', href: 'https://example.com/sale' }],
    ['external', 'javascript:alert(1)', { kind: 'none' }],
    ['miniprogram-page', 'pages/index/index', { kind: 'none', notice: '请在微信小程序中打开' }],
  ] as const)('%s %s', (type, value, target) => {
    expect(banner(type, value)).toEqual(target);
  });
});

describe('toApiError', () => {
  test("the API's Chinese message and stable name", () => {
    expect(toApiError({ statusCode: 409, data: { data: null, error: { status: 409, name: 'OutOfStock', message: '库存不足' } } })).toEqual({
      status: 409,
      name: 'OutOfStock',
      message: '库存不足',
    });
  });
  test('no answer at all is a network error; a bare 404 is not found', () => {
    expect(toApiError(new TypeError('fetch failed')).message).toBe('网络异常，请稍后重试');
    expect(toApiError({ statusCode: 404 }).message).toBe('内容不存在或已下架');
  });
});

describe('small helpers', () => {
  test('only same-site paths are followed after login', () => {
    expect(safeReturnPath('/me/orders?status=shipped')).toBe('/me/orders?status=shipped');
    expect(safeReturnPath('//evil.example')).toBe('/me');
    expect(safeReturnPath('https://evil.example')).toBe('/me');
    expect(safeReturnPath(undefined)).toBe('/me');
  });
  test('media URLs from the CMS become absolute on its origin', () => {
    expect(resolveMediaUrl('/uploads/a.png', 'http://cms.test:1337/api')).toBe('http://cms.test:1337/uploads/a.png');
    expect(resolveMediaUrl('https://cdn.test/a.png', 'http://cms.test/api')).toBe('https://cdn.test/a.png');
    expect(resolveMediaUrl(null, 'http://cms.test/api')).toBeUndefined();
  });
  test('formats: fen, Shanghai time, specs, signed deltas, WeChat detection', () => {
    expect(formatFen(990)).toBe('9.90');
    expect(formatTime('2026-11-22T16:30:00.000Z')).toBe('2026-11-23 00:30');
    expect(specsText({ 颜色: '黑', 尺码: 'M' })).toBe('颜色：黑，尺码：M');
    expect(signed(5)).toBe('+5');
    expect(signed(-5)).toBe('-5');
    expect(insideWechat('Mozilla/5.0 (iPhone) MicroMessenger/8.0.50')).toBe(true);
    expect(insideWechat('Mozilla/5.0 (iPhone) Safari')).toBe(false);
  });
});

describe('crossOrigin: where to preconnect', () => {
  test.each([
    ['https://cms.example.com/api', 'https://mall.example.com', 'https://cms.example.com'],
    ['https://mall.example.com/api', 'https://mall.example.com', null],
    ['/cms/api', 'https://mall.example.com', null],
  ] as const)('%s from %s', (base, page, origin) => {
    expect(crossOrigin(base, page)).toBe(origin);
  });
});
